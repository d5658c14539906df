/* The dictionary loaders over arbitrary bytes: the first byte picks the
 * kind of file. Malformed entries become diagnostics with a line; nothing
 * may crash, and lookups on whatever loaded must work. */
#include "fuzz.h"
#include "dict/dict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *path = fuzz_temp_file(data + 1, size - 1);
    sr_dict *d = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_error err;
    sr_status st;
    switch (data[0] % 5) {
    case 0: st = sr_dict_load_verbs(d, path, &diags, &err); break;
    case 1: st = sr_dict_load_actors(d, path, &diags, &err); break;
    case 2: st = sr_dict_load_agents(d, path, &diags, &err); break;
    case 3: st = sr_dict_load_discards(d, path, &diags, &err); break;
    default: st = sr_dict_load_issues(d, path, &diags, &err); break;
    }
    FUZZ_CHECK(st == SR_OK);
    for (size_t i = 0; i < diags.n; i++)
        FUZZ_CHECK(diags.items[i].line >= 1 && diags.items[i].message);
    static const char *const words[] = {"THE", "UNITED", "STATES", "SAID", "ATTACK"};
    size_t matched;
    for (size_t i = 0; i < 5; i++) {
        sr_dict_actor_match(d, words, 5, i, 0, &matched);
        sr_dict_agent_match(d, words, 5, i, SR_MATCH_STEMS, &matched);
        sr_dict_verb_lookup(d, words[i], 4);
    }
    sr_dict_diags_free(&diags);
    sr_dict_free(d);
    return 0;
}
