# Lesson 10: binomial(10, 0.5) against poisson(4), k = 0..15, on a logarithmic scale so that the
# Poisson mass above k = 10, where the binomial has none, is visible (10_support_trap --data:
# 10_binomial10_poisson4.csv, columns k, binomial, poisson). A mass of 0 cannot be drawn on a log scale:
# those bars are simply absent, which is the point.
load srcdir."/style.gp"
set xlabel "outcome k"
set ylabel "probability (log scale)"
set xrange [-0.7:15.7]
set logscale y
set yrange [1e-6:1]
set format y "10^{%L}"
set xtics 1
set key top right
set style fill solid 0.85 noborder
set boxwidth 0.4
set object 1 rect from -0.5,1e-6 to 9.5,1 behind fc rgb "#f2f2f2" fs solid 1.0 noborder
set label 1 "the article's window k = 0..9" at 4.5,0.45 center textcolor rgb "#666666"
set arrow 1 from 12.2,3.5e-3 to 11.8,1.2e-5 lw 1.5 lc rgb "#d62728"
set label 2 "B(k) = 0 for k > 10:\nD(P ‖ B) = +∞" at 13.2,1.2e-2 center textcolor rgb "#d62728"
plot datadir."/10_support_trap/10_binomial10_poisson4.csv" using ($1-0.2):($2 > 0 ? $2 : NaN) with boxes lc rgb "#1f77b4" title "B = binomial(10, 0.5)", \
     "" using ($1+0.2):($3 > 0 ? $3 : NaN) with boxes lc rgb "#ff7f0e" title "P = poisson(4)"
