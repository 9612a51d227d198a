# Lesson 03: the cross-entropy H(P,Q) of the truth P = (0.3, 0.7) coded with the model Q = (q, 1-q),
# each point summed from its definition by infocalc (derive.cmake); it never falls below H(P) and
# touches it only at q = 0.3, where Q = P.
load srcdir."/style.gp"
set xlabel "model Q = (q, 1-q)"
set ylabel "bits"
set xrange [0:1]
set yrange [0:3.5]
set key top left
set arrow 1 from 0.3,0 to 0.3,3.5 nohead dt 2 lc rgb "#888888"
set label 1 "Q = P" at 0.31,0.3
plot datadir."/infocalc/coin_model.csv" using 1:3 with lines ls 1 title "H(P,Q), P = (0.3, 0.7)", \
     ""                                 using 1:2 with lines ls 3 dt 2 title "H(P) = 0.881291 bits"
