#include "nlp/transition.h"

void sr_arc_state_init(sr_arc_state *s, int n, sr_arena *a)
{
    size_t m = (size_t)n + 2;
    s->n = n;
    s->stack = sr_arena_alloc(a, m * sizeof *s->stack);
    s->sp = 0;
    s->b = 1;
    s->head = sr_arena_alloc(a, m * sizeof(int));
    s->lc1 = sr_arena_alloc(a, m * sizeof(int));
    s->lc2 = sr_arena_alloc(a, m * sizeof(int));
    s->rc1 = sr_arena_alloc(a, m * sizeof(int));
    s->rc2 = sr_arena_alloc(a, m * sizeof(int));
    s->nl = sr_arena_alloc(a, m);
    s->nr = sr_arena_alloc(a, m);
    s->label = sr_arena_alloc(a, m * sizeof *s->label);
    s->lset = sr_arena_alloc(a, m * sizeof *s->lset);
    s->rset = sr_arena_alloc(a, m * sizeof *s->rset);
}

int sr_arc_state_done(const sr_arc_state *s)
{
    return s->sp == 0 && s->b > s->n;
}

void sr_arc_valid(const sr_arc_state *s, int valid[SR_T_COUNT])
{
    int has_s0 = s->sp > 0;
    int s0_headed = has_s0 && s->head[s->stack[s->sp - 1]] != 0;
    int word_in_buffer = s->b <= s->n;
    valid[SR_T_SHIFT] = word_in_buffer;
    valid[SR_T_REDUCE] = has_s0 && s0_headed;
    valid[SR_T_LEFT] = has_s0 && !s0_headed;
    valid[SR_T_RIGHT] = has_s0 && word_in_buffer;
}

static void add_arc(sr_arc_state *s, int h, int d)
{
    s->head[d] = h;
    if (d < h) {
        /* Left dependents of h arrive from the stack nearest first, so the
         * newest is the leftmost. */
        s->lc2[h] = s->lc1[h];
        s->lc1[h] = d;
        if (s->nl[h] < 255)
            s->nl[h]++;
    } else {
        s->rc2[h] = s->rc1[h];
        s->rc1[h] = d;
        if (s->nr[h] < 255)
            s->nr[h]++;
    }
}

void sr_arc_set_label(sr_arc_state *s, int d, unsigned label)
{
    int h = s->head[d];
    s->label[d] = (uint16_t)label;
    if (h == 0 || label == 0)
        return;
    uint64_t bit = (uint64_t)1 << ((label - 1) & 63);
    if (d < h)
        s->lset[h] |= bit;
    else
        s->rset[h] |= bit;
}

void sr_arc_apply(sr_arc_state *s, int t)
{
    switch (t) {
    case SR_T_SHIFT:
        s->stack[s->sp++] = s->b++;
        break;
    case SR_T_REDUCE:
        s->sp--;
        break;
    case SR_T_LEFT:
        add_arc(s, s->b, s->stack[--s->sp]);
        break;
    case SR_T_RIGHT:
        add_arc(s, s->stack[s->sp - 1], s->b);
        s->stack[s->sp++] = s->b++;
        break;
    default:
        break;
    }
}

void sr_arc_costs(const sr_arc_state *s, const int *gold, const int valid[SR_T_COUNT],
                  int cost[SR_T_COUNT])
{
    int n = s->n, b = s->b;
    int s0 = s->sp ? s->stack[s->sp - 1] : 0;
    for (int t = 0; t < SR_T_COUNT; t++)
        cost[t] = 0;

    if (valid[SR_T_LEFT] || valid[SR_T_REDUCE]) {
        /* s0's dependents still in the buffer are lost by popping it. */
        int deps = 0;
        for (int k = b; k <= n; k++)
            deps += gold[k] == s0;
        cost[SR_T_REDUCE] = deps;
        cost[SR_T_LEFT] = deps + (gold[s0] > b);
    }
    if (valid[SR_T_SHIFT] || valid[SR_T_RIGHT]) {
        int gb = gold[b];
        int head_on_stack = 0, deps_on_stack = 0;
        for (int i = 0; i < s->sp; i++) {
            int k = s->stack[i];
            if (k == gb && k != s0)
                head_on_stack = 1;
            if (gold[k] == b && s->head[k] == 0)
                deps_on_stack++;
        }
        /* SHIFT: b can no longer take a head or dependents from the stack. */
        cost[SR_T_SHIFT] = deps_on_stack + (head_on_stack || (gb == s0 && s0));
        /* RIGHT: b takes s0 as head, losing a head elsewhere and dependents
         * left on the stack. */
        cost[SR_T_RIGHT] = deps_on_stack + (gb != s0 && (gb > b || head_on_stack));
    }
    for (int t = 0; t < SR_T_COUNT; t++)
        if (!valid[t])
            cost[t] = 1 << 20;
}

void sr_arc_state_from_heads(sr_arc_state *s, int n, const int *heads, sr_arena *a)
{
    sr_arc_state_init(s, n, a);
    /* add_arc expects each head's children nearest first on the left and in
     * order on the right. */
    for (int d = n; d >= 1; d--)
        if (heads[d] > d)
            add_arc(s, heads[d], d);
    for (int d = 1; d <= n; d++)
        if (heads[d] < d && heads[d] > 0)
            add_arc(s, heads[d], d);
    s->b = n + 1;
}
