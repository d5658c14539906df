/* Word lists for dates and tolls; see words.h. */
#include "attr/words.h"

#include <stddef.h>

/* A word with its length, so that a lookup skips most entries on one
 * integer comparison. */
typedef struct entry {
    unsigned char len;
    const char *w;
} entry;

#define W(s) {(unsigned char)(sizeof(s) - 1), s}

static const entry dayparts[] = {
    W("morning"), W("afternoon"), W("evening"), W("night"), {0, NULL}};
static const entry bounds[] = {
    W("since"), W("until"), W("till"), W("through"), W("before"), {0, NULL}};
static const entry future[] = {
    W("will"), W("'ll"), W("shall"), W("wo"), {0, NULL}};
static const entry kill[] = {
    W("kill"), W("kills"), W("killed"), W("killing"), W("die"), W("dies"), W("died"),
    W("dying"), W("dead"), W("death"), W("deaths"), W("fatalities"), W("fatality"),
    W("fatally"), W("lives"), W("perished"), W("massacred"), W("slain"), W("executed"),
    W("toll"), {0, NULL}};
static const entry injure[] = {
    W("wound"), W("wounds"), W("wounded"), W("wounding"), W("injure"), W("injures"),
    W("injured"), W("injuring"), W("injuries"), W("injury"), W("hurt"), W("hurting"),
    {0, NULL}};
static const entry wars[] = {
    W("war"), W("wars"), W("conflict"), W("conflicts"), W("insurgency"), W("fighting"),
    W("violence"), W("uprising"), W("campaign"), W("crisis"), W("pandemic"),
    W("epidemic"), W("occupation"), {0, NULL}};
static const entry people[] = {
    W("people"), W("persons"), W("person"), W("civilians"), W("civilian"), W("soldiers"),
    W("soldier"), W("troops"), W("police"), W("policemen"), W("officers"), W("militants"),
    W("fighters"), W("rebels"), W("children"), W("women"), W("men"), W("others"),
    W("protesters"), W("students"), W("villagers"), W("passengers"), W("workers"),
    {0, NULL}};

static const entry *const lists[SR_ATTR_WORDS_COUNT] = {
    dayparts, bounds, future, kill, injure, wars, people,
};

int sr_attr_word_in(const char *form, sr_attr_words list)
{
    if (!form || (unsigned)list >= SR_ATTR_WORDS_COUNT)
        return 0;
    char first = form[0] >= 'A' && form[0] <= 'Z' ? (char)(form[0] - 'A' + 'a') : form[0];
    size_t len = 0;
    for (const entry *e = lists[list]; e->w; e++) {
        if (e->w[0] != first)
            continue;
        if (!len)   /* measured only once some entry shares the first letter */
            while (form[len] && len < 16)
                len++;
        if (e->len == len && sr_attr_word_is(form, e->w, 0))
            return 1;
    }
    return 0;
}
