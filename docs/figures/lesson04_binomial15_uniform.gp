# Lesson 04: binomial(15, 7/15) against the uniform 1/15 on 0..14, as the lesson writes them
# (04_kl_divergence --data: 04_binomial15_uniform.csv, columns x, binomial, uniform15). The article's sum
# stops at 14; outcome 15 has binomial mass 1.084e-5 and uniform mass 0.
load srcdir."/style.gp"
set xlabel "outcome x"
set ylabel "probability"
set xrange [-0.7:15.7]
set yrange [0:0.24]
set xtics 1
set key top right
set style fill solid 0.85 noborder
set boxwidth 0.4
set label 1 "x = 15: P = 1.084·10^{-5}, U = 0" at 15.6,0.125 right textcolor rgb "#d62728"
set arrow 1 from 15,0.115 to 15,0.004 lw 1.5 lc rgb "#d62728"
data = datadir."/04_kl_divergence/04_binomial15_uniform.csv"
plot data using ($1-0.2):2 with boxes lc rgb "#1f77b4" title "P = binomial(15, 7/15)", \
     data using ($1+0.2):3 with boxes lc rgb "#ff7f0e" title "U = uniform 1/15 on 0..14"
