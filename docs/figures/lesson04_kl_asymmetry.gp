# Lesson 04: KL(P||Q) and KL(Q||P) for P = (0.3, 0.7) and Q = (q, 1-q), each from its own infocalc call
# (derive.cmake): both are >= 0, both vanish only at Q = P, and they differ everywhere else.
load srcdir."/style.gp"
set xlabel "model Q = (q, 1-q)"
set ylabel "bits"
set xrange [0:1]
set yrange [0:3]
set key top left
set arrow 1 from 0.3,0 to 0.3,3 nohead dt 2 lc rgb "#888888"
set label 1 "Q = P" at 0.31,1.5
plot datadir."/infocalc/coin_model.csv" using 1:4 with lines ls 1 title "KL(P ‖ Q)", \
     ""                                 using 1:5 with lines ls 2 title "KL(Q ‖ P)"
