# Lesson 08: binned entropy of normal(0, 1) with bins of width Δ, and H_Δ + ln Δ converging to the
# differential entropy h = ½ ln(2πe) (08_continuous --data: 08_binned_entropy.csv, columns delta,
# H_delta, H_delta_plus_log_delta, h; in nats, the lesson's default unit). Left: the three quantities;
# right: the gap H_Δ + ln Δ - h against Δ²/24, the leading term of its expansion.
load srcdir."/style.gp"
set terminal svg size 960,420 dynamic enhanced font "sans,13" background rgb "white"
set output outfile
data = datadir."/08_continuous/08_binned_entropy.csv"
set multiplot layout 1,2
set logscale x
set format x "%g"
set xlabel "bin width Δ"
set ylabel "nats"
set xrange [0.002:2]
set key top right
plot data using 1:2 with linespoints ls 5 pt 7 ps 0.5 title "H_Δ (grows as Δ shrinks)", \
     data using 1:3 with linespoints ls 1 pt 7 ps 0.5 title "H_Δ + ln Δ", \
     data using 1:4 with lines ls 3 dt 2 title "h = ½ ln(2πe) = 1.418939"
set logscale y
set format y "10^{%L}"
set ylabel "H_Δ + ln Δ - h   (nats)"
set key top left
plot data using 1:($3-$4) with points ls 1 pt 7 ps 0.6 title "gap, from the lesson", \
     data using 1:($1**2/24) with lines ls 2 dt 2 title "Δ²/24"
unset multiplot
