/* history.c - see history.h. */
#include "attr/history.h"

/* The last day of the period that starts at ymd with precision p. */
static int32_t period_end(int32_t ymd, sr_date_precision p)
{
    switch (p) {
    case SR_DATE_DAY: return ymd;
    case SR_DATE_WEEK: return sr_attr_date_add_days(ymd, 6);
    case SR_DATE_MONTH: return sr_attr_date_add_days(sr_attr_date_add_months(ymd, 1), -1);
    case SR_DATE_YEAR: return ymd / 10000 * 10000 + 1231;
    }
    return ymd;
}

int sr_attr_is_history(sr_event_date d, int32_t pubdate)
{
    if (d.first_token == UINT32_MAX || !sr_attr_date_valid(d.ymd) ||
        !sr_attr_date_valid(pubdate))
        return 0;
    int32_t end = period_end(d.ymd, d.precision);
    if (!sr_attr_date_valid(end))
        return 0;
    return sr_attr_date_to_days(pubdate) - sr_attr_date_to_days(end) > SR_HISTORY_DAYS;
}
