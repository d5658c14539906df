/* Date restrictions on actor codes: parsing yymmdd / yyyymmdd and picking
 * the code in force on a date. */
#include "dict/dict_internal.h"

static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

int sr_dict_parse_date(const char *s, size_t len, int32_t *out)
{
    if (len != 6 && len != 8)
        return -1;
    int v[8];
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v[i] = s[i] - '0';
    }
    int y, m, day;
    if (len == 6) {
        /* KEDS and TABARI read 00-30 as 20yy and the rest as 19yy. */
        y = v[0] * 10 + v[1];
        y += y <= 30 ? 2000 : 1900;
        m = v[2] * 10 + v[3];
        day = v[4] * 10 + v[5];
    } else {
        y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        m = v[4] * 10 + v[5];
        day = v[6] * 10 + v[7];
    }
    if (m < 1 || m > 12 || day < 1 || day > days_in_month(y, m))
        return -1;
    *out = y * 10000 + m * 100 + day;
    return 0;
}

const sr_actor_code *sr_dict_actor_code_at(const sr_actor *a, int32_t date)
{
    const sr_actor_code *fallback = NULL;
    for (uint32_t i = 0; i < a->ncodes; i++) {
        const sr_actor_code *c = &a->codes[i];
        if (!c->restricted) {
            if (!fallback)
                fallback = c;
            continue;
        }
        if (date == 0)
            continue;
        if ((c->from == 0 || date >= c->from) && (c->to == 0 || date <= c->to))
            return c;
    }
    return fallback;
}
