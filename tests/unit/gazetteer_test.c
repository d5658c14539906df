/* gazetteer_test - builds an index from the fixture in tests/data/gazetteer
 * and checks lookups, derived coordinates, the builder's errors and the
 * loader's refusals; then, when `make gazetteer` has built the real index,
 * a few well-known places in it. */
#include "harness.h"

#include "attr/gazetteer.h"
#include "attr/gazetteer_format.h"
#include "base/file.h"
#include "nlp/model_file.h"

#include <math.h>
#include <unistd.h>

#define FIXTURE "tests/data/gazetteer/"

static char index_path[64];
static sr_gazetteer *fixture;

static const sr_gazetteer_sources fixture_sources = {
    FIXTURE "places.txt", FIXTURE "admin1.json", FIXTURE "countries.json", "test fixture"
};

static int near(double a, double b)
{
    return fabs(a - b) < 1e-3;
}

/* A fresh temporary file name (the file exists, empty). */
static void temp_path(char *out, size_t size)
{
    snprintf(out, size, "/tmp/sitrep_gaz_XXXXXX");
    int fd = mkstemp(out);
    if (fd >= 0)
        close(fd);
}

static void write_bytes(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f)
        return;
    CHECK(fwrite(data, 1, len, f) == len);
    fclose(f);
}

TEST(fixture_builds)
{
    temp_path(index_path, sizeof index_path);
    sr_gazetteer_build_stats st;
    sr_error err;
    sr_status s = sr_gazetteer_build(&fixture_sources, index_path, &st, &err);
    if (s != SR_OK)
        fprintf(stderr, "  %s:%zu: %s\n", err.file, err.line, err.message);
    CHECK_INT(s, SR_OK);
    CHECK_INT(st.places, 20);
    CHECK_INT(st.admin1, 17);
    /* seven from the fixture and Kosovo, which GeoNames uses and ISO lacks */
    CHECK_INT(st.countries, 8);
    /* ALP, Алеппо, DAM, Київ, KBP, HOU */
    CHECK_INT(st.skipped_names, 6);
    CHECK(st.bytes > 0);
    s = sr_gazetteer_load(index_path, &fixture, &err);
    if (s != SR_OK)
        fprintf(stderr, "  %s: %s\n", err.file, err.message);
    CHECK_INT(s, SR_OK);
    if (fixture) {
        CHECK_INT(sr_gazetteer_count(fixture, SR_GAZ_CITY), 20);
        CHECK_INT(sr_gazetteer_count(fixture, SR_GAZ_ADMIN1), 17);
        CHECK_INT(sr_gazetteer_count(fixture, SR_GAZ_COUNTRY), 8);
    }
}

static size_t find(const char *name, sr_gazetteer_place *out, size_t max)
{
    return sr_gazetteer_find(fixture, name, strlen(name), out, max);
}

TEST(names_fold_case_and_diacritics)
{
    if (!fixture)
        SKIP("fixture index did not build");
    sr_gazetteer_place p[8];
    const char *forms[] = { "aleppo", "ALEPPO", "Aleppo", "Halab", "Ḩalab", "HALAB" };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        size_t n = find(forms[i], p, 8);
        CHECK(n >= 1);
        if (n >= 1) {
            CHECK_STR(p[0].name, "Aleppo");
            CHECK_STR(p[0].country, "SYR");
        }
    }
    CHECK_INT(find("Kiev", p, 8), 1);
    CHECK_STR(p[0].name, "Kyiv");
    CHECK_STR(p[0].country, "UKR");
    CHECK_STR(p[0].admin1, "Kyiv City");
    CHECK_INT(p[0].geonameid, 703448);
    CHECK_INT(p[0].kind, SR_GAZ_CITY);
    CHECK_INT(p[0].coord, SR_GAZ_COORD_OWN);
    CHECK(near(p[0].lat, 50.45466) && near(p[0].lon, 30.5238));
    CHECK_INT(find("Lodz", p, 8), 1);
    CHECK_STR(p[0].name, "Łódź");
    CHECK_INT(find("ŁÓDŹ", p, 8), 1);
    CHECK_INT(find("zurich", p, 8), 2); /* the city and its canton */
    CHECK_INT(find("Zuerich", p, 8), 1);
    CHECK_INT(find("  Space   City ", p, 8), 1);
    CHECK_STR(p[0].name, "Houston");
    CHECK_INT(find("Washington, D.C.", p, 8), 1);
    CHECK_INT(p[0].kind, SR_GAZ_ADMIN1);
    CHECK_INT(find("washington d.c.", p, 8), 1);
    CHECK_INT(p[0].kind, SR_GAZ_CITY);
    CHECK_INT(find("Nowhere", p, 8), 0);
    CHECK_INT(find("", p, 8), 0);
    CHECK_INT(find("\xff\xfe", p, 8), 0);
}

TEST(left_out_alternate_names)
{
    if (!fixture)
        SKIP("fixture index did not build");
    sr_gazetteer_place p[4];
    /* other scripts and code-like names are not keys ... */
    CHECK_INT(find("Київ", p, 4), 0);
    CHECK_INT(find("ALP", p, 4), 0);
    CHECK_INT(find("KBP", p, 4), 0);
    /* ... but a place's own name always is, even when short */
    CHECK_INT(find("Homs", p, 4), 2);
}

TEST(largest_population_first)
{
    if (!fixture)
        SKIP("fixture index did not build");
    sr_gazetteer_place p[8];
    CHECK_INT(find("Springfield", p, 8), 3);
    CHECK_STR(p[0].admin1, "Missouri");
    CHECK_STR(p[1].admin1, "Massachusetts");
    CHECK_STR(p[2].admin1, "Illinois");
    CHECK(p[0].population >= p[1].population && p[1].population >= p[2].population);
    CHECK_INT(find("Paris", p, 8), 2);
    CHECK_STR(p[0].country, "FRA");
    CHECK_STR(p[0].admin1, "Île-de-France");
    CHECK_STR(p[1].country, "USA");
    /* Aleppo, Pennsylvania is last behind the Syrian city and governorate */
    CHECK_INT(find("Aleppo", p, 8), 3);
    CHECK_STR(p[2].country, "USA");
    CHECK_STR(p[2].admin1, "Pennsylvania");
    /* max bounds what is copied, not the count returned */
    sr_gazetteer_place one[1];
    CHECK_INT(find("Springfield", one, 1), 3);
    CHECK_STR(one[0].admin1, "Missouri");
    CHECK_INT(find("Springfield", NULL, 0), 3);
}

TEST(filter_by_country)
{
    if (!fixture)
        SKIP("fixture index did not build");
    sr_gazetteer_place p[8];
    const char *usa[] = { "USA" };
    const char *syr_ukr[] = { "UKR", "SYR" };
    CHECK_INT(sr_gazetteer_find_in(fixture, "Paris", 5, usa, 1, p, 8), 1);
    CHECK_STR(p[0].admin1, "Texas");
    CHECK_INT(sr_gazetteer_find_in(fixture, "Aleppo", 6, syr_ukr, 2, p, 8), 2);
    CHECK_STR(p[0].country, "SYR");
    CHECK_STR(p[1].country, "SYR");
    CHECK_INT(sr_gazetteer_find_in(fixture, "Lyon", 4, usa, 1, p, 8), 0);
}

TEST(admin1_regions)
{
    if (!fixture)
        SKIP("fixture index did not build");
    sr_gazetteer_place p[8];
    size_t n = find("Idlib", p, 8);
    CHECK_INT(n, 2);
    int regions = 0;
    for (size_t i = 0; i < n && i < 8; i++) {
        CHECK_STR(p[i].country, "SYR");
        if (p[i].kind == SR_GAZ_ADMIN1) {
            regions++;
            CHECK_INT(p[i].geonameid, 0);
            CHECK_STR(p[i].admin1, "");
        }
    }
    CHECK_INT(regions, 1);
    /* "Damascus Governorate" is also found as "Damascus" */
    n = find("Damascus", p, 8);
    CHECK_INT(n, 2);
    CHECK_INT(find("damascus governorate", p, 8), 1);
    CHECK_INT(p[0].kind, SR_GAZ_ADMIN1);
    /* Texas: Houston and Paris, weighted by population */
    CHECK_INT(find("Texas", p, 8), 1);
    CHECK_INT(p[0].kind, SR_GAZ_ADMIN1);
    CHECK_INT(p[0].coord, SR_GAZ_COORD_WEIGHTED);
    CHECK_INT(p[0].population, 2304580 + 24782);
    double lat = (2304580 * 29.76328 + 24782 * 33.66094) / (2304580.0 + 24782);
    double lon = (2304580 * -95.36327 + 24782 * -95.55551) / (2304580.0 + 24782);
    CHECK(near(p[0].lat, lat) && near(p[0].lon, lon));
    /* a region with no places in the gazetteer has no coordinates */
    CHECK_INT(find("Kyiv Oblast", p, 8), 1);
    CHECK_INT(p[0].coord, SR_GAZ_COORD_NONE);
    CHECK_INT(p[0].population, 0);
    /* a place whose admin1 code is not listed keeps no region */
    CHECK_INT(find("Nowhere Flats", p, 8), 1);
    CHECK_STR(p[0].admin1, "");
}

TEST(countries)
{
    if (!fixture)
        SKIP("fixture index did not build");
    sr_gazetteer_place p[4];
    CHECK_INT(find("Syria", p, 4), 1);
    CHECK_INT(p[0].kind, SR_GAZ_COUNTRY);
    CHECK_STR(p[0].country, "SYR");
    CHECK_STR(p[0].country_name, "Syria");
    /* the capital's coordinates: Damascus */
    CHECK_INT(p[0].coord, SR_GAZ_COORD_CAPITAL);
    CHECK(near(p[0].lat, 33.5102) && near(p[0].lon, 36.29128));
    CHECK_INT(p[0].population, 1602264 + 128840 + 1569394 + 775404);
    CHECK_INT(find("Syrian Arab Republic", p, 4), 1);
    CHECK_INT(find("swiss confederation", p, 4), 1);
    /* no capital among its places: the weighted centre */
    CHECK_STR(p[0].country, "CHE");
    CHECK_INT(p[0].coord, SR_GAZ_COORD_WEIGHTED);
    CHECK(near(p[0].lat, 47.36667));
    CHECK_INT(find("Antarctica", p, 4), 1);
    CHECK_INT(p[0].coord, SR_GAZ_COORD_NONE);
    CHECK(sr_gazetteer_country(fixture, "ua", p));
    CHECK_STR(p[0].name, "Ukraine");
    CHECK(sr_gazetteer_country(fixture, "USA", p));
    CHECK_STR(p[0].country, "USA");
    CHECK(sr_gazetteer_country(fixture, "XK", p));
    CHECK_STR(p[0].country, "XKX");
    CHECK(!sr_gazetteer_country(fixture, "ZZ", p));
    CHECK(!sr_gazetteer_country(fixture, "", p));
    CHECK(!sr_gazetteer_country(fixture, "SYRIA", p));
    CHECK(sr_gazetteer_get(fixture, 0, p));
    CHECK_STR(p[0].name, "Aleppo");
    CHECK(!sr_gazetteer_get(fixture, 1000000, p));
}

TEST(fold)
{
    char out[64];
    CHECK_INT(sr_gazetteer_fold("  São   Paulo ", 14, out, sizeof out), 9);
    CHECK_STR(out, "sao paulo");
    CHECK(sr_gazetteer_fold("Tall Rif\xe2\x80\x99" "at", 13, out, sizeof out) != (size_t)-1);
    CHECK_STR(out, "tall rif'at");
    CHECK(sr_gazetteer_fold("Stra\xc3\x9f" "e", 7, out, sizeof out) != (size_t)-1);
    CHECK_STR(out, "strasse");
    CHECK_INT(sr_gazetteer_fold("\xc3", 1, out, sizeof out), (size_t)-1);
    CHECK_INT(sr_gazetteer_fold("Aleppo", 6, out, 4), (size_t)-1);
    /* ASCII takes a short path that must fold as the general one does:
     * mixed with a non-ASCII letter, both paths meet in one name. */
    CHECK_INT(sr_gazetteer_fold("Ma`arrat  AL-Numan", 18, out, sizeof out), 17);
    CHECK_STR(out, "ma'arrat al-numan");
    CHECK(sr_gazetteer_fold("\tKYIV\r\n", 7, out, sizeof out) != (size_t)-1);
    CHECK_STR(out, "kyiv");
    CHECK(sr_gazetteer_fold("D\xc3\xa9r\xc3\xa1 City", 11, out, sizeof out) != (size_t)-1);
    CHECK_STR(out, "dera city");
}

static void check_build_error(const char *places_text, sr_status want_code, size_t want_line,
                              const char *want_words)
{
    char places[64], out[64];
    temp_path(places, sizeof places);
    temp_path(out, sizeof out);
    write_bytes(places, places_text, strlen(places_text));
    sr_gazetteer_sources src = fixture_sources;
    src.places = places;
    sr_error err;
    memset(&err, 0, sizeof err);
    CHECK_INT(sr_gazetteer_build(&src, out, NULL, &err), want_code);
    CHECK_STR(err.file, places);
    CHECK_INT(err.line, want_line);
    if (!strstr(err.message, want_words)) {
        fprintf(stderr, "  message \"%s\" lacks \"%s\"\n", err.message, want_words);
        CHECK(0);
    }
    unlink(places);
    unlink(out);
}

TEST(builder_reports_bad_input)
{
    const char *good = "1\tA\tA\t\t1.0\t2.0\tP\tPPL\tSY\t\t09\t\t\t\t10\t\t0\tEtc/UTC\t2024-01-01\n";
    check_build_error("", SR_EFORMAT, 0, "no places");
    /* 18 fields on line 2 */
    char text[512];
    snprintf(text, sizeof text, "%s%s", good,
             "2\tB\tB\t\t1.0\t2.0\tP\tPPL\tSY\t\t09\t\t\t\t10\t\t0\tEtc/UTC\n");
    check_build_error(text, SR_EFORMAT, 2, "18 tab-separated fields, expected 19");
    check_build_error("3\tC\tC\t\t91.5\t2.0\tP\tPPL\tSY\t\t09\t\t\t\t10\t\t0\tEtc/UTC\t2024-01-01\n",
                      SR_EFORMAT, 1, "bad coordinates");
    snprintf(text, sizeof text, "%s\n%s", good,
             "4\tD\tD\t\t1.0\t2.0\tP\tPPL\tQQ\t\t09\t\t\t\t10\t\t0\tEtc/UTC\t2024-01-01\n");
    check_build_error(text, SR_EFORMAT, 3, "country code \"QQ\"");
    check_build_error("x5\tE\tE\t\t1.0\t2.0\tP\tPPL\tSY\t\t09\t\t\t\t10\t\t0\tEtc/UTC\t2024-01-01\n",
                      SR_EFORMAT, 1, "bad geonameid");
    check_build_error("6\tF\tF\t\t1.0\t2.0\tP\tPPL\tSY\t\t09\t\t\t\t-10\t\t0\tEtc/UTC\t2024-01-01\n",
                      SR_EFORMAT, 1, "bad population");

    sr_gazetteer_sources src = fixture_sources;
    src.places = FIXTURE "no-such-file.txt";
    char out[64];
    temp_path(out, sizeof out);
    sr_error err;
    CHECK_INT(sr_gazetteer_build(&src, out, NULL, &err), SR_EIO);
    CHECK_STR(err.file, FIXTURE "no-such-file.txt");
    src = fixture_sources;
    src.admin1 = FIXTURE "places.txt";
    CHECK_INT(sr_gazetteer_build(&src, out, NULL, &err), SR_EFORMAT);
    CHECK_STR(err.file, FIXTURE "places.txt");
    unlink(out);
}

/* Loads path, expecting failure with a message containing words. */
static void check_refused(const char *path, const char *words)
{
    sr_gazetteer *g = NULL;
    sr_error err;
    memset(&err, 0, sizeof err);
    CHECK_INT(sr_gazetteer_load(path, &g, &err), SR_EMODEL);
    CHECK(g == NULL);
    CHECK_STR(err.file, path);
    if (!strstr(err.message, words)) {
        fprintf(stderr, "  message \"%s\" lacks \"%s\"\n", err.message, words);
        CHECK(0);
    }
    sr_gazetteer_free(g);
}

TEST(loader_refuses_damaged_files)
{
    if (!fixture)
        SKIP("fixture index did not build");
    char *data;
    size_t len;
    CHECK_INT(sr_file_read_all(index_path, &data, &len, NULL), SR_OK);
    if (!data)
        return;
    char bad[64];
    temp_path(bad, sizeof bad);

    check_refused(FIXTURE "no-such-index.bin", "cannot open");
    write_bytes(bad, "", 0);
    check_refused(bad, "truncated");
    write_bytes(bad, data, len / 2);
    check_refused(bad, "truncated");
    data[0] ^= 0x55;
    write_bytes(bad, data, len);
    check_refused(bad, "bad magic");
    data[0] ^= 0x55;
    data[len - 3] ^= 0x01;
    write_bytes(bad, data, len);
    check_refused(bad, "checksum");
    data[len - 3] ^= 0x01;
    write_bytes(bad, data, len);
    sr_gazetteer *g = NULL;
    sr_error err;
    CHECK_INT(sr_gazetteer_load(bad, &g, &err), SR_OK);
    sr_gazetteer_free(g);
    free(data);

    /* Files that pass the container's checks but not the gazetteer's. */
    sr_model_writer w;
    sr_gaz_head h = { 99, 0, 0, 0, 0, 0, 0, 1 };
    sr_model_writer_init(&w, SR_GAZ_KIND_NAME);
    sr_model_writer_add(&w, "head", &h, sizeof h);
    CHECK_INT(sr_model_writer_save(&w, bad, NULL), SR_OK);
    sr_model_writer_free(&w);
    check_refused(bad, "gazetteer format version 99");

    h.version = SR_GAZETTEER_FORMAT_VERSION;
    h.n_entries = 1;
    h.n_places = 1;
    sr_model_writer_init(&w, SR_GAZ_KIND_NAME);
    sr_model_writer_add(&w, "head", &h, sizeof h);
    CHECK_INT(sr_model_writer_save(&w, bad, NULL), SR_OK);
    sr_model_writer_free(&w);
    check_refused(bad, "no section \"entries\"");

    /* one entry whose name points past the string table */
    sr_gaz_entry e = { 0, 500, 1, 0, 0, SR_GAZ_NONE, 0, SR_GAZ_CITY, SR_GAZ_COORD_OWN };
    sr_gaz_country c = { "SY", "SYR", 0, 0 };
    h.n_countries = 1;
    h.n_entries = 2;
    sr_gaz_entry ce = { 0, 0, 0, 0, 0, SR_GAZ_NONE, 0, SR_GAZ_COUNTRY, SR_GAZ_COORD_NONE };
    sr_gaz_entry both[2] = { e, ce };
    sr_model_writer_init(&w, SR_GAZ_KIND_NAME);
    sr_model_writer_add(&w, "head", &h, sizeof h);
    sr_model_writer_add(&w, "entries", both, sizeof both);
    sr_model_writer_add(&w, "country", &c, sizeof c);
    sr_model_writer_add(&w, "keys", "", 0);
    sr_model_writer_add(&w, "posts", "", 0);
    sr_model_writer_add(&w, "strings", "", 1);
    CHECK_INT(sr_model_writer_save(&w, bad, NULL), SR_OK);
    sr_model_writer_free(&w);
    check_refused(bad, "entry 0 is out of bounds");

    /* a model of another kind */
    sr_model_writer_init(&w, "tagger");
    CHECK_INT(sr_model_writer_save(&w, bad, NULL), SR_OK);
    sr_model_writer_free(&w);
    check_refused(bad, "wrong kind");
    unlink(bad);
}

/* The index `make gazetteer` writes, gazetteer/places.bin (where sitrep
 * looks by default), or SITREP_GAZETTEER. */
static const char *real_index_path(void)
{
    const char *env = getenv("SITREP_GAZETTEER");
    const char *path = env && *env ? env : "gazetteer/places.bin";
    return access(path, R_OK) == 0 ? path : NULL;
}

/* First candidate of the given kind for name, or 0. */
static int first_of_kind(const sr_gazetteer *g, const char *name, sr_gazetteer_kind kind,
                         sr_gazetteer_place *out)
{
    sr_gazetteer_place p[64];
    size_t n = sr_gazetteer_find(g, name, strlen(name), p, 64);
    for (size_t i = 0; i < n && i < 64; i++)
        if (p[i].kind == kind) {
            *out = p[i];
            return 1;
        }
    return 0;
}

TEST(real_index)
{
    const char *path = real_index_path();
    if (!path)
        SKIP("no real gazetteer index (gazetteer/places.bin, or $SITREP_GAZETTEER); "
             "run make gazetteer");
    sr_gazetteer *g;
    sr_error err;
    CHECK_INT(sr_gazetteer_load(path, &g, &err), SR_OK);
    if (!g)
        return;
    CHECK(sr_gazetteer_count(g, SR_GAZ_CITY) > 190000);
    CHECK(sr_gazetteer_count(g, SR_GAZ_ADMIN1) > 3000);
    CHECK(sr_gazetteer_count(g, SR_GAZ_COUNTRY) >= 249);
    sr_gazetteer_place p[4];
    const struct { const char *name, *country; } firsts[] = {
        { "Aleppo", "SYR" }, { "Idlib", "SYR" }, { "Kyiv", "UKR" }, { "Kiev", "UKR" },
        { "Paris", "FRA" },  { "Damascus", "SYR" }, { "Syria", "SYR" },
    };
    for (size_t i = 0; i < sizeof firsts / sizeof *firsts; i++) {
        size_t n = sr_gazetteer_find(g, firsts[i].name, strlen(firsts[i].name), p, 4);
        CHECK(n >= 1);
        if (n >= 1 && strcmp(p[0].country, firsts[i].country) != 0) {
            fprintf(stderr, "  %s: first candidate in %s\n", firsts[i].name, p[0].country);
            CHECK(0);
        }
    }
    sr_gazetteer_place q;
    CHECK(first_of_kind(g, "Aleppo", SR_GAZ_CITY, &q));
    CHECK_INT(q.geonameid, 170063);
    CHECK(first_of_kind(g, "Idlib", SR_GAZ_ADMIN1, &q));
    CHECK_STR(q.country, "SYR");
    CHECK(first_of_kind(g, "Kiev", SR_GAZ_CITY, &q));
    CHECK_STR(q.name, "Kyiv");
    CHECK(first_of_kind(g, "Paris", SR_GAZ_CITY, &q));
    CHECK_INT(q.geonameid, 2988507);
    CHECK(first_of_kind(g, "Syria", SR_GAZ_COUNTRY, &q));
    CHECK_INT(q.coord, SR_GAZ_COORD_CAPITAL);
    sr_gazetteer_free(g);
}

/* Looks up every step-th key of the index at path by its own text and
 * checks it finds exactly that key's places; keys whose folding is not
 * the identity are passed over, and *tried counts the others. Issue 4:
 * lookups go through a hash table built at load, not a binary search, and
 * must find the same keys. */
static void every_key_found(const char *path, uint32_t step, size_t *tried)
{
    sr_model_file *mf;
    sr_gazetteer *g;
    sr_error err;
    *tried = 0;
    CHECK_INT(sr_model_file_open(path, SR_GAZ_KIND_NAME, &mf, &err), SR_OK);
    CHECK_INT(sr_gazetteer_load(path, &g, &err), SR_OK);
    if (!mf || !g) {
        sr_model_file_free(mf);
        sr_gazetteer_free(g);
        return;
    }
    size_t size;
    const sr_gaz_head *h = sr_model_file_section(mf, "head", &size);
    const sr_gaz_key *keys = sr_model_file_section(mf, "keys", &size);
    const char *strings = sr_model_file_section(mf, "strings", &size);
    size_t bad = 0;
    sr_gazetteer_place p[1];
    for (uint32_t k = 0; k < h->n_keys; k += step) {
        const char *name = strings + keys[k].text;
        char folded[SR_GAZETTEER_NAME_MAX * 4 + 8];
        size_t len = strlen(name);
        if (len > SR_GAZETTEER_NAME_MAX ||
            sr_gazetteer_fold(name, len, folded, sizeof folded) == (size_t)-1 ||
            strcmp(folded, name) != 0)
            continue;
        (*tried)++;
        if (sr_gazetteer_find(g, name, len, p, 1) != keys[k].count && bad++ < 5)
            fprintf(stderr, "  key %lu \"%s\": not found with its %lu places\n",
                    (unsigned long)k, name, (unsigned long)keys[k].count);
    }
    CHECK_INT(bad, 0);
    sr_gazetteer_free(g);
    sr_model_file_free(mf);
}

TEST(lookups_find_every_key)
{
    size_t tried;
    every_key_found(index_path, 1, &tried);
    CHECK(tried >= 20);
    /* Names that are no key: the commonest lookup in running text. */
    sr_gazetteer_place p[4];
    CHECK_INT(find("President", p, 4), 0);
    CHECK_INT(find("Aleppoo", p, 4), 0);
    CHECK_INT(find("Alepp", p, 4), 0);
    CHECK_INT(find("", p, 4), 0);
    const char *path = real_index_path();
    if (!path)
        SKIP("no real gazetteer index (gazetteer/places.bin, or $SITREP_GAZETTEER); "
             "run make gazetteer");
    every_key_found(path, 7, &tried);
    CHECK(tried > 50000);
}

int main(void)
{
    RUN(fixture_builds);
    RUN(names_fold_case_and_diacritics);
    RUN(left_out_alternate_names);
    RUN(largest_population_first);
    RUN(filter_by_country);
    RUN(admin1_regions);
    RUN(countries);
    RUN(fold);
    RUN(builder_reports_bad_input);
    RUN(loader_refuses_damaged_files);
    RUN(real_index);
    RUN(lookups_find_every_key);
    sr_gazetteer_free(fixture);
    if (*index_path)
        unlink(index_path);
    return harness_summary();
}
