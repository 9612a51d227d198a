# Lesson 07: the certain truth P = (1, 0) against Q = (q, 1-q), each value from infocalc (derive.cmake):
# KL(P||Q) = -log2 q grows without bound (and is infinite at q = 0), while JS(P,Q) stays below 1 bit
# and reaches it exactly when the supports are disjoint (q = 0).
load srcdir."/style.gp"
set xlabel "model Q = (q, 1-q), truth P = (1, 0)"
set ylabel "bits (JS distance: sqrt of bits)"
set xrange [0:1]
set yrange [0:3.5]
set key top right
set arrow 1 from 0,1 to 1,1 nohead dt 2 lc rgb "#888888"
set label 1 "1 bit: the most JS can be" at 0.45,1.12
plot datadir."/infocalc/js_vs_kl.csv" using 1:4 with lines ls 2 title "KL(P ‖ Q)", \
     ""                               using 1:2 with lines ls 1 title "JS(P, Q)", \
     ""                               using 1:3 with lines ls 3 dt 4 title "JS distance sqrt(JS)"
