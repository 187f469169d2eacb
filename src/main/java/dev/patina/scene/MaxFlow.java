package dev.patina.scene;

import java.util.Arrays;

/**
 * Maximum flow / minimum s-t cut by the Boykov-Kolmogorov algorithm (PAMI 2004): two search trees
 * grow from the source and the sink and are reused between augmentations, which on image grids with
 * short paths beats push-relabel and Dinic by a wide margin. Each node has one terminal capacity,
 * stored as a signed net value (positive: from the source, negative: to the sink); a cut is
 * unchanged when a node's two terminal capacities lose their common part, so only the difference is
 * kept. Arcs come in pairs (a and a^1 are opposite directions of one edge), so an arc's reverse and
 * tail need no storage.
 *
 * <p>Not thread-safe; one instance per solve. Capacities may be reset and the flow solved again
 * ({@link #reset}), which GrabCut does once per iteration.
 */
final class MaxFlow {
    private static final int NONE = -1, TERMINAL = -2, ORPHAN = -3;
    private static final byte FREE = 0, SOURCE = 1, SINK = 2;

    private final int nodes;
    private final float[] terminal;
    private final int[] first;
    private int[] head, next;
    private float[] cap;
    private int arcs;

    // Search state per node.
    private final int[] parent, dist, stamp;
    private final byte[] tree;
    private final int[] queue;       // ring buffer of active nodes
    private final boolean[] queued;
    private int qHead, qTail, qSize;
    // Orphans as a deque (as in the authors' code): those of an augmentation go to the front,
    // those found while adopting go to the back, so adoption proceeds breadth-first.
    private final int[] orphans;
    private int oHead, oCount;
    private int time;
    private double flow;

    MaxFlow(int nodes, int expectedEdges) {
        this.nodes = nodes;
        terminal = new float[nodes];
        first = new int[nodes];
        Arrays.fill(first, NONE);
        int a = Math.max(2, 2 * expectedEdges);
        head = new int[a];
        next = new int[a];
        cap = new float[a];
        parent = new int[nodes];
        dist = new int[nodes];
        stamp = new int[nodes];
        tree = new byte[nodes];
        queue = new int[nodes];
        queued = new boolean[nodes];
        orphans = new int[Math.max(1, nodes)];
    }

    /** Adds source capacity s and sink capacity t to node i (they accumulate). */
    void addTerminal(int i, float s, float t) {
        terminal[i] += s - t;
        flow += Math.min(s, t);
    }

    /** Sets node i's net terminal capacity (positive: source side, negative: sink side). */
    void setTerminal(int i, float net) {
        terminal[i] = net;
    }

    /** Adds an edge i-j with capacity ij from i to j and ji from j to i; returns its first arc. */
    int addEdge(int i, int j, float ij, float ji) {
        if (arcs + 2 > head.length) {
            int n = head.length * 2;
            head = Arrays.copyOf(head, n);
            next = Arrays.copyOf(next, n);
            cap = Arrays.copyOf(cap, n);
        }
        int a = arcs;
        head[a] = j; cap[a] = ij; next[a] = first[i]; first[i] = a;
        head[a + 1] = i; cap[a + 1] = ji; next[a + 1] = first[j]; first[j] = a + 1;
        arcs += 2;
        return a;
    }

    /** Sets the capacities of edge arc a (from addEdge) again, dropping any flow on it. */
    void setEdge(int a, float ij, float ji) {
        cap[a] = ij;
        cap[a + 1] = ji;
    }

    /** Clears the flow bookkeeping before capacities are set again for a new solve. */
    void reset() {
        flow = 0;
    }

    /** Computes the maximum flow; afterwards {@link #sourceSide} gives the minimum cut. */
    double solve() {
        init();
        int current = NONE;
        while (true) {
            int i = current;
            if (i == NONE || tree[i] == FREE) {
                i = nextActive();
                if (i == NONE) break;
            }
            int bridge = NONE; // an arc from a source-tree node to a sink-tree node
            if (tree[i] == SOURCE) {
                for (int a = first[i]; a != NONE; a = next[a]) {
                    if (cap[a] <= 0) continue;
                    int j = head[a];
                    if (tree[j] == FREE) {
                        tree[j] = SOURCE; parent[j] = a ^ 1; stamp[j] = stamp[i]; dist[j] = dist[i] + 1;
                        activate(j);
                    } else if (tree[j] == SINK) {
                        bridge = a;
                        break;
                    } else if (stamp[j] <= stamp[i] && dist[j] > dist[i]) {
                        // A shorter route to the root: keeps trees shallow, as in the paper.
                        parent[j] = a ^ 1; stamp[j] = stamp[i]; dist[j] = dist[i] + 1;
                    }
                }
            } else {
                for (int a = first[i]; a != NONE; a = next[a]) {
                    if (cap[a ^ 1] <= 0) continue;
                    int j = head[a];
                    if (tree[j] == FREE) {
                        tree[j] = SINK; parent[j] = a ^ 1; stamp[j] = stamp[i]; dist[j] = dist[i] + 1;
                        activate(j);
                    } else if (tree[j] == SOURCE) {
                        bridge = a ^ 1;
                        break;
                    } else if (stamp[j] <= stamp[i] && dist[j] > dist[i]) {
                        parent[j] = a ^ 1; stamp[j] = stamp[i]; dist[j] = dist[i] + 1;
                    }
                }
            }
            time++;
            if (bridge != NONE) {
                current = i; // it may have more paths; scan it again before the next active node
                augment(bridge);
                adopt();
            } else {
                current = NONE;
            }
        }
        return flow;
    }

    /** True when node i ended on the source side of the minimum cut. */
    boolean sourceSide(int i) {
        return tree[i] == SOURCE;
    }

    private void init() {
        qHead = qTail = qSize = 0;
        Arrays.fill(queued, false);
        oHead = oCount = 0;
        time = 0;
        for (int i = 0; i < nodes; i++) {
            float t = terminal[i];
            stamp[i] = 0;
            if (t > 0) { tree[i] = SOURCE; parent[i] = TERMINAL; dist[i] = 1; activate(i); }
            else if (t < 0) { tree[i] = SINK; parent[i] = TERMINAL; dist[i] = 1; activate(i); }
            else { tree[i] = FREE; parent[i] = NONE; }
        }
    }

    private void activate(int i) {
        if (queued[i]) return;
        queued[i] = true;
        queue[qTail] = i;
        qTail = qTail + 1 == nodes ? 0 : qTail + 1;
        qSize++;
    }

    private int nextActive() {
        while (qSize > 0) {
            int i = queue[qHead];
            qHead = qHead + 1 == nodes ? 0 : qHead + 1;
            qSize--;
            queued[i] = false;
            if (tree[i] != FREE) return i;
        }
        return NONE;
    }

    private void augment(int bridge) {
        float f = cap[bridge];
        // Bottleneck on the source side: walk from the bridge's tail up to the source.
        int i = head[bridge ^ 1];
        while (parent[i] != TERMINAL) { int a = parent[i]; f = Math.min(f, cap[a ^ 1]); i = head[a]; }
        f = Math.min(f, terminal[i]);
        i = head[bridge];
        while (parent[i] != TERMINAL) { int a = parent[i]; f = Math.min(f, cap[a]); i = head[a]; }
        f = Math.min(f, -terminal[i]);

        cap[bridge] -= f;
        cap[bridge ^ 1] += f;
        i = head[bridge ^ 1];
        while (parent[i] != TERMINAL) {
            int a = parent[i];
            cap[a] += f;
            cap[a ^ 1] -= f;
            if (cap[a ^ 1] <= 0) orphanFront(i);
            i = head[a];
        }
        terminal[i] -= f;
        if (terminal[i] <= 0) orphanFront(i);
        i = head[bridge];
        while (parent[i] != TERMINAL) {
            int a = parent[i];
            cap[a ^ 1] += f;
            cap[a] -= f;
            if (cap[a] <= 0) orphanFront(i);
            i = head[a];
        }
        terminal[i] += f;
        if (terminal[i] >= 0) orphanFront(i);
        flow += f;
    }

    private void orphanFront(int i) {
        parent[i] = ORPHAN;
        oHead = oHead == 0 ? orphans.length - 1 : oHead - 1;
        orphans[oHead] = i;
        oCount++;
    }

    private void orphanBack(int i) {
        parent[i] = ORPHAN;
        int k = oHead + oCount;
        orphans[k >= orphans.length ? k - orphans.length : k] = i;
        oCount++;
    }

    private void adopt() {
        while (oCount > 0) {
            int i = orphans[oHead];
            oHead = oHead + 1 == orphans.length ? 0 : oHead + 1;
            oCount--;
            byte t = tree[i];
            int best = NONE, bestDist = Integer.MAX_VALUE;
            for (int a = first[i]; a != NONE; a = next[a]) {
                float c = t == SOURCE ? cap[a ^ 1] : cap[a];
                if (c <= 0) continue;
                int j = head[a];
                if (tree[j] != t || parent[j] == NONE) continue;
                int d = rootDistance(j);
                if (d == Integer.MAX_VALUE) continue;
                if (d < bestDist) { best = a; bestDist = d; }
                // Stamp the checked path so later orphans stop early on it.
                for (int k = j; stamp[k] != time; k = head[parent[k]]) { stamp[k] = time; dist[k] = d--; }
            }
            if (best != NONE) {
                parent[i] = best;
                stamp[i] = time;
                dist[i] = bestDist + 1;
                continue;
            }
            // No valid parent: i becomes free; its neighbours may grow into the gap.
            for (int a = first[i]; a != NONE; a = next[a]) {
                int j = head[a];
                if (tree[j] != t) continue;
                float c = t == SOURCE ? cap[a ^ 1] : cap[a];
                if (c > 0) activate(j);
                int p = parent[j];
                if (p >= 0 && head[p] == i) orphanBack(j);
            }
            tree[i] = FREE;
            parent[i] = NONE;
        }
    }

    /** Distance from j to its terminal along parent arcs, or MAX_VALUE when the path meets an orphan. */
    private int rootDistance(int j) {
        int d = 0;
        for (int k = j; ; ) {
           
            if (stamp[k] == time) return d + dist[k];
            int a = parent[k];
            d++;
            if (a == TERMINAL) { stamp[k] = time; dist[k] = 1; return d; }
            if (a < 0) return Integer.MAX_VALUE;
            k = head[a];
        }
    }
}
