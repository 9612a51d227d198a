# Lesson 10: binomial(250, 0.008) against poisson(2), k = 0..15, as the lesson writes them
# (10_support_trap --data: 10_binomial250_poisson2.csv, columns k, binomial, poisson). The shaded band is
# the article's window k = 0..9.
load srcdir."/style.gp"
set xlabel "outcome k"
set ylabel "probability"
set xrange [-0.7:15.7]
set yrange [0:0.3]
set xtics 1
set style fill solid 0.85 noborder
set boxwidth 0.4
set object 1 rect from -0.5,0 to 9.5,0.3 behind fc rgb "#f2f2f2" fs solid 1.0 noborder
set label 1 "the article's window k = 0..9" at 4.5,0.285 center textcolor rgb "#666666"
plot datadir."/10_support_trap/10_binomial250_poisson2.csv" using ($1-0.2):2 with boxes lc rgb "#1f77b4" title "B = binomial(250, 0.008)", \
     "" using ($1+0.2):3 with boxes lc rgb "#ff7f0e" title "P = poisson(2)"
