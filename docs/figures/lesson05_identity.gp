# Lesson 05: H(P,Q) = H(P) + KL(P||Q) for P = (0.3, 0.7) and Q = (q, 1-q). The line is H(P,Q), summed
# by infocalc from -sum P log Q; the points are H(P) + KL(P||Q) from two other infocalc calls
# (derive.cmake). The shaded band under the dashed H(P) is the part no model can remove.
load srcdir."/style.gp"
set xlabel "model Q = (q, 1-q)"
set ylabel "bits"
set xrange [0:1]
set yrange [0:3.5]
set key top left
plot datadir."/infocalc/coin_model.csv" using 1:(0):2 with filledcurves lc rgb "#d8ecd8" title "H(P): the floor", \
     "" using 1:2:3 with filledcurves lc rgb "#f6d5d5" title "KL(P ‖ Q): the model's extra cost", \
     "" using 1:3 with lines ls 1 title "H(P,Q) = −Σ P log_2 Q", \
     "" using 1:($2+$4) every 2 with points pt 7 ps 0.8 lc rgb "#d62728" title "H(P) + KL(P ‖ Q)"
