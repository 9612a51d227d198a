# Lesson 06: the bimodal P = 0.5 N(-2, 0.6²) + 0.5 N(2, 0.6²) with the normal fits that minimise the
# forward KL(P||Q) and the reverse KL(Q||P), as the lesson computes them
# (06_forward_reverse_kl --data: 06_fits.csv, columns x, p, q_forward, q_reverse).
load srcdir."/style.gp"
set xlabel "x"
set ylabel "density"
set xrange [-6:6]
set yrange [0:1.0]
set key top left
data = datadir."/06_forward_reverse_kl/06_fits.csv"
plot data using 1:2 with filledcurves y=0 lc rgb "#c9c9c9" title "P (two modes)", \
     data using 1:3 with lines ls 1 title "forward fit: min KL(P ‖ Q), covers both", \
     data using 1:4 with lines ls 2 title "reverse fit: min KL(Q ‖ P), sits on one"
