#include "text/abbrev.h"

#include <stdint.h>
#include <string.h>
#include <threads.h>

enum { T = SR_ABBREV_TITLE, E = SR_ABBREV_MAY_END };

typedef struct entry {
    const char *word;
    int kind;
} entry;

/* Titles come before the name they qualify; the second group are endings
 * (companies, US states, months, streets) that often close a sentence. */
static const entry entries[] = {
    /* titles: never sentence-final */
    {"Mr.", T}, {"Mrs.", T}, {"Ms.", T}, {"Messrs.", T}, {"Mme.", T},
    {"Dr.", T}, {"Drs.", T}, {"Prof.", T}, {"Gen.", T}, {"Gens.", T},
    {"Lt.", T}, {"Col.", T}, {"Maj.", T}, {"Capt.", T}, {"Cmdr.", T},
    {"Cmdt.", T}, {"Adm.", T}, {"Brig.", T}, {"Sgt.", T}, {"Cpl.", T},
    {"Pvt.", T}, {"Spc.", T}, {"Sen.", T}, {"Sens.", T}, {"Rep.", T},
    {"Reps.", T}, {"Gov.", T}, {"Govs.", T}, {"Pres.", T}, {"Rev.", T},
    {"Hon.", T}, {"Amb.", T}, {"Supt.", T}, {"Det.", T}, {"Insp.", T},
    {"Fr.", T}, {"St.", T}, {"Ste.", T}, {"Mt.", T}, {"Ft.", T}, {"Pt.", T},
    {"Nos.", T}, {"Vol.", T}, {"Vols.", T}, {"vol.", T}, {"pp.", T},
    {"Fig.", T}, {"fig.", T}, {"Art.", T}, {"Sec.", T}, {"vs.", T}, {"Vs.", T},
    {"v.", T}, {"cf.", T}, {"ca.", T}, {"Atty.", T}, {"Natl.", T}, {"Ch.", T},
    {"Ct.", T}, {"Mssrs.", T}, {"Sup.", T}, {"Mgr.", T}, {"Asst.", T},
    {"Assoc.", T}, {"Op.", T}, {"Ph.", T}, {"Pfc.", T}, {"Cdr.", T},
    {"Rt.", T}, {"Msgr.", T},
    /* may end a sentence */
    {"Sr.", E}, {"No.", E}, {"Jan.", E}, {"Feb.", E}, {"Mar.", E}, {"Apr.", E},
    {"Jun.", E}, {"Jul.", E}, {"Aug.", E}, {"Sep.", E}, {"Sept.", E},
    {"Oct.", E}, {"Nov.", E}, {"Dec.", E}, {"approx.", E}, {"ed.", E},
    {"eds.", E}, {"Ave.", E}, {"Blvd.", E}, {"Rd.", E}, {"Hwy.", E},
    {"Dept.", E}, {"Univ.", E}, {"Assn.", E}, {"Mass.", E}, {"Calif.", E},
    {"Ariz.", E}, {"Ark.", E}, {"Colo.", E}, {"Conn.", E}, {"Del.", E},
    {"Fla.", E}, {"Ga.", E}, {"Ill.", E}, {"Ind.", E}, {"Kan.", E}, {"Ky.", E},
    {"La.", E}, {"Md.", E}, {"Mich.", E}, {"Minn.", E}, {"Miss.", E},
    {"Mo.", E}, {"Mont.", E}, {"Neb.", E}, {"Nev.", E}, {"Okla.", E},
    {"Ore.", E}, {"Pa.", E}, {"Tenn.", E}, {"Tex.", E}, {"Va.", E}, {"Vt.", E},
    {"Wash.", E}, {"Wis.", E}, {"Wyo.", E}, {"Ala.", E}, {"Alta.", E},
    {"Ont.", E}, {"Que.", E}, {"Sask.", E}, {"Man.", E}, {"etc.", E},
    {"Inc.", E}, {"Corp.", E}, {"Co.", E}, {"Cos.", E}, {"Ltd.", E},
    {"Bros.", E}, {"Jr.", E}, {"Plc.", E}, {"Hosp.", E}, {"Ret.", E},
    {"ret.", E},
};

enum { NENTRIES = sizeof entries / sizeof entries[0] };
/* A power of two over four times the entries, so probes stay short. */
enum { NSLOTS = 1024 };

static uint16_t slots[NSLOTS];   /* entry index + 1; 0 is empty */
static once_flag slots_once = ONCE_FLAG_INIT;

static uint32_t hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void build_slots(void)
{
    for (size_t i = 0; i < NENTRIES; i++) {
        uint32_t h = hash(entries[i].word, strlen(entries[i].word)) & (NSLOTS - 1);
        while (slots[h])
            h = (h + 1) & (NSLOTS - 1);
        slots[h] = (uint16_t)(i + 1);
    }
}

sr_abbrev_kind sr_abbrev_lookup(const char *s, size_t len)
{
    /* The longest entry is "Messrs."; longer words cannot match. */
    if (len < 2 || len > 8)
        return SR_ABBREV_NONE;
    call_once(&slots_once, build_slots);
    uint32_t h = hash(s, len) & (NSLOTS - 1);
    while (slots[h]) {
        const entry *e = &entries[slots[h] - 1];
        if (strncmp(e->word, s, len) == 0 && e->word[len] == '\0')
            return (sr_abbrev_kind)e->kind;
        h = (h + 1) & (NSLOTS - 1);
    }
    return SR_ABBREV_NONE;
}

size_t sr_abbrev_count(void)
{
    return NENTRIES;
}

const char *sr_abbrev_at(size_t i, sr_abbrev_kind *kind)
{
    if (i >= NENTRIES)
        return NULL;
    if (kind)
        *kind = (sr_abbrev_kind)entries[i].kind;
    return entries[i].word;
}
