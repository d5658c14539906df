/* history.h - is an event background rather than news?
 *
 * News stories recall old events to explain new ones ("In 2015, Thailand
 * deported 173 Uyghurs to China", "government troops recaptured it in
 * 2016"). Coded on the story's publication date, such a sentence becomes a
 * new event that never happened then: GDELT's familiar error. An event
 * whose own clause dates it (dates.h) to a period that ended more than a
 * year before the publication date is background; the engine drops it
 * unless asked to keep it (sr_engine_options.keep_history). */
#ifndef SR_ATTR_HISTORY_H
#define SR_ATTR_HISTORY_H

#include "attr/dates.h"
#include "sitrep.h"

#include <stdint.h>

/* How long before publication an event's period may end and still be
 * news. "Last year" in January names a period that ended days ago. */
enum { SR_HISTORY_DAYS = 365 };

/* 1 when d (found in the text, not the publication date kept) names a
 * period that ended more than SR_HISTORY_DAYS before pubdate (YYYYMMDD). */
int sr_attr_is_history(sr_event_date d, int32_t pubdate);

/* How many months before publication the period an opening time phrase
 * names may end and the sentence still be news (sr_attr_is_opening_past). */
enum { SR_OPENING_MONTHS = 2 };

/* 1 when the sentence s opens with d's time expression and a comma ("In
 * April, the army removed him and jailed him", "Last summer, ...") and
 * that period ended SR_OPENING_MONTHS months or more before pubdate. The
 * opening phrase frames the whole sentence in that past time: told after
 * a story's opening sentences, it is a recollection, the context of the
 * news. "Since April," (a span up to the story's day) is not; d must be
 * found in the text (not the publication date kept). Not when the clause
 * of the verb at token verb (0-based) is a future or modal ("In January,
 * the ministry will impose ..."): the date reader resolves a month name
 * to the past even where the clause points ahead. */
int sr_attr_is_opening_past(const sr_sentence *s, uint32_t verb, sr_event_date d, int32_t pubdate);

/* How many calendar months before the publication month an event's own
 * date may fall and the event still be news (sr_attr_is_months_back). */
enum { SR_BACKGROUND_MONTHS = 2 };

/* The first sentence (from 0) of a story where the engine applies
 * sr_attr_is_months_back: the opening sentences tell the news. */
enum { SR_BACKGROUND_SENT = 3 };

/* 1 when the clause of the verb at token verb (0-based) is told in the
 * past (a simple past, past perfect or passive, a past participle, or an
 * infinitive of such a verb; no future, modal, present or present
 * perfect: the date reader resolves a month to the past even where a
 * "will" points ahead) and d, the event's own time expression in s (not
 * the publication date kept), names a period that ended two months or more before
 * pubdate: a month or a year ("in January" in a March story, "late last
 * year" in an April one) ended in a calendar month SR_BACKGROUND_MONTHS
 * or more before the publication month; a day or a week ended on or
 * before the same day SR_BACKGROUND_MONTHS months back. Told after a
 * story's opening sentences, such an act is context for the news, not an
 * act of the days the story covers. Not when the phrase bounds a period
 * or dates another event ("since last August", "after the September
 * summit", "until", "before", "last year's election"): the act may fall
 * at any time after or before it. */
int sr_attr_is_months_back(const sr_sentence *s, uint32_t verb, sr_event_date d,
                           int32_t pubdate);

/* sr_attr_is_history, reading d's words in s as well: an event is also
 * background when the text names a past calendar year as a whole, by its
 * number ("In 2024, the group killed 400 people" in a story of March
 * 2025), either in the event's own clause (d) or, when that clause has no
 * date (d kept the publication date), as the "In YEAR," that opens the
 * sentence and frames all of it. Such a year gives a tally or a
 * recollection, not the day's news, however recently it ended. "Last
 * year" is left to the 365 days: stories report its tallies as news
 * ("killed 5,600 people last year, the U.N. said"). s may be NULL.
 * When the event's clause has no date, a sentence that opens with a
 * span and a comma ("Since 2009,", "In the past two years,", "For
 * years,") is background too: it reports a tally or a state that has
 * lasted, with no act of the day ("In the last 15 months, 1,250 militants
 * have been killed"). Weeks and days are not spans here.
 * Returns 1 for a period over a year gone (sr_attr_is_history), 2 for a
 * named past year, whose number goes to *year when year is not NULL,
 * 3 for an opening span; 0 for news. */
int sr_attr_is_history_in(const sr_sentence *s, sr_event_date d, int32_t pubdate,
                          int32_t *year);

/* The past year (before pub_year) that the subject of the verb at token
 * verb (0-based) names as its own date, or 0: "The single biggest attack,
 * in 2009, killed 25 people", "The government in 2016 had called for",
 * and for a relative clause the noun it hangs on or that noun's "of"
 * head ("the 2004 bombing of a base that killed ..."). A subject so dated
 * is a recollection; a verb joined to another without its own subject
 * shares that verb's. */
int32_t sr_attr_subject_year(const sr_sentence *s, uint32_t verb, int32_t pub_year);

/* sr_attr_is_history_in, and when the event's clause has no date of its
 * own, the year its subject names (sr_attr_subject_year) or, failing
 * that, a past year that is the direct oblique of one of the verb's
 * adverbial clauses ("When he took office in 2017, he promised ..."; not
 * a year under "since"), or the year a relative "when" of the verb
 * follows ("in 2013, when both countries withdrew their ambassadors"):
 * 4, with the year in *year. */
int sr_attr_is_history_of(const sr_sentence *s, uint32_t verb, sr_event_date d,
                          int32_t pubdate, int32_t *year);

/* The past year an undated clause of sentence i (of sents, nsents in
 * all) belongs to as narration: when verb's clause is told in the past
 * and linked to the time told before it ("later", "then", "months
 * later", "the following year", "fought back", or the past perfect of a
 * main clause), and the nearest of the two sentences before that tells a
 * time names a year two or more before the publication year (and no
 * recent time), that year; 0 otherwise. The caller applies it only to a
 * clause with no date of its own: such a clause belongs to the episode
 * the sentence before dates ("In 2013, the rebels seized power. A militia
 * fought back."). Past a story's opening sentences (SR_BACKGROUND_SENT),
 * a clause with no link word belongs to it too when it is a plain past
 * ("stormed", "were killed": no other auxiliary), its sentence holds no
 * time word at all (sr_attr_has_time_word) and the sentence right before
 * tells such a year ("Commandos stormed the ship in 2010. Nine activists
 * were killed."). */
int32_t sr_attr_narrative_year(const sr_sentence *sents, uint32_t nsents, uint32_t i,
                               uint32_t verb, int32_t pubdate);

/* The sequel of an episode months back. Past a story's opening sentences
 * (SR_BACKGROUND_SENT), a clause told in the past in a sentence that
 * holds no time word of its own (sr_attr_has_time_word) and is tied to
 * the sentence right before it by the place adverb "There," at its
 * opening or by a main-clause past perfect ("had met"; not "later" or
 * "then", whose sequel may be the news) continues that sentence's episode when that
 * sentence dates its acts only to periods that ended SR_BACKGROUND_MONTHS
 * calendar months or more before publication ("... since talks failed at
 * the summit held in February. There, Kim asked Trump for relief." in a
 * December story), and so does a plain past right after such a "There,"
 * sentence ("Trump denied the request."). Returns the start (YYYYMMDD) of the latest such
 * period, or 0. */
int32_t sr_attr_narrative_months_back(const sr_sentence *sents, uint32_t nsents, uint32_t i,
                                      uint32_t verb, int32_t pubdate);

/* Past a story's opening sentences (SR_BACKGROUND_SENT), a present
 * perfect with the bare adverb "since" ("authorities have since banned
 * civilians from traveling with security"), or a conjunct of one, in a
 * sentence that names no time, tells an act done at some time after the
 * last act the story dated; when the nearest sentence before that dates
 * an act dates it only to periods that ended SR_BACKGROUND_MONTHS calendar
 * months or more before publication (a date under a bound, "until
 * January", is passed over), the act may lie anywhere in those months or
 * years: a standing state told as context. Returns the start (YYYYMMDD)
 * of that period, or 0. A recent date there ("on Monday gunmen stormed
 * the school; police have since arrested three men") keeps it news. */
int32_t sr_attr_since_months_back(const sr_sentence *sents, uint32_t nsents, uint32_t i,
                                  uint32_t verb, int32_t pubdate);

/* 1 when the clause of the verb at token verb (0-based), or the clause
 * it completes or continues ("has repeatedly tried to block", "have
 * repeatedly denied ... while criticizing"), is a present perfect done
 * "repeatedly", "persistently", "consistently", "constantly",
 * "continually" or "long" ("have repeatedly called for an inclusive
 * government", "have persistently alleged rigging"): a summary of acts
 * over months, a standing stance, not an act of the days the story
 * covers. The engine applies it past a story's opening sentences
 * (SR_BACKGROUND_SENT), where such a summary is context for the news. */
int sr_attr_is_repeated_perfect(const sr_sentence *s, uint32_t verb);

/* The verb whose clause holds the clause of the verb at token verb
 * (0-based) and that carries a time expression of its own
 * (sr_attr_event_date): up through ccomp, xcomp, conj, advcl and
 * parataxis, at most four steps ("In December, Mogadishu announced it was
 * cutting ties": "announced" for "cutting"); UINT32_MAX when none. The
 * engine reads sr_attr_is_opening_past on it for an undated clause: an
 * opening time frames the whole sentence. */
uint32_t sr_attr_governing_verb(const sr_sentence *s, uint32_t verb, int32_t pubdate);

/* Like sr_attr_governing_verb, and also up from a bare participle that
 * describes a noun (acl, no auxiliary or marker) to the verb whose
 * argument that noun is: "in December, U.S. forces carried out a series
 * of airstrikes, hitting targets" gives "carried" for "hitting"; "last
 * year it was included in a list of books banned by the Taliban" gives
 * "included" for "banned". The engine reads sr_attr_is_months_back on it
 * for an undated clause past the opening sentences. */
uint32_t sr_attr_participle_governor(const sr_sentence *s, uint32_t verb, int32_t pubdate);

/* 1 when an argument of the verb at token verb (its subject, object or
 * oblique, or a name in apposition to one) carries a former title
 * marked "then" ("rebels fighting then-president Gbagbo", "then
 * President Obama signed"): the act happened while that person held a
 * post they no longer hold, so it is told as background. */
int sr_attr_has_then_title(const sr_sentence *s, uint32_t verb);

/* 1 when the main clause of the verb at token verb (0-based), or the
 * main clause it completes or continues (xcomp, conj, a participle
 * adjunct without a marker), is a past
 * perfect progressive ("had been exchanging angry barbs, ... prompting
 * France to recall its ambassador"): a state that ran up to an earlier
 * past, told as the backdrop of the news. A reported clause ("said the
 * rebels had been shelling") is not read. */
int sr_attr_is_past_progressive(const sr_sentence *s, uint32_t verb);

/* The days a "since" span must reach back for sr_attr_perfect_since:
 * six weeks. A perfect "since Monday" or "since last week" tells the
 * story's days; one since a month two or more calendar months back, or
 * since a day six weeks back ("since February 1" in a March 19 story),
 * sums up a period. */
enum { SR_TALLY_DAYS = 42 };

/* The first day (YYYYMMDD) of the span when the verb at token verb
 * (0-based), or the clause it continues or completes (conj, xcomp,
 * advcl), is a present perfect ("has claimed", "have arrested", "has
 * ramped up") with a "since" phrase or clause that names a month or "the
 * beginning of the year" SR_TALLY_DAYS or more before pubdate: "Since last
 * August, the group has claimed several attacks", "have arrested at
 * least 2,400 people since February 1", "has shipped 10,000 containers
 * since ... a summit in September". Such a tally or trend over months
 * sums up acts without telling one. The "since" hangs from the perfect
 * (up its clause's words) or, before it, from the verb that governs it.
 * 0 otherwise: an act dated outside the "since" phrase (d), "since the
 * coup" (an event, no month: the attribute gold codes such death tallies),
 * a year ("since February 2022", "since 2023": left to the year rules), a
 * simple past. The engine applies it past the opening sentences
 * (SR_BACKGROUND_SENT). */
int32_t sr_attr_perfect_since(const sr_sentence *s, uint32_t verb, sr_event_date d, int32_t pubdate);

#endif
