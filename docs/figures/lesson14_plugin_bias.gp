# Lesson 14: the bias of the plug-in entropy against the number of draws N (14_estimation --data:
# 14_plugin_bias.csv, columns N, plugin_bias, plugin_se, predicted, miller_madow_bias, miller_madow_se, the mean
# of Ĥ - H over 400 seeded samples and its standard error; 14_predicted_bias.csv, columns N, predicted, the
# curve -(m-1)/(2N) on a fine grid; in nats, the lesson's default unit). Left: the bias itself; right: N times
# the bias, which the formula makes the constant -(m-1)/2. The Miller-Madow points are drawn a little to the
# right of their N so that the error bars do not overlap.
load srcdir."/style.gp"
set terminal svg size 1000,440 dynamic enhanced font "sans,13" background rgb "white"
set output outfile
data = datadir."/14_estimation/14_plugin_bias.csv"
curve = datadir."/14_estimation/14_predicted_bias.csv"
set multiplot layout 1,2
set logscale x
set format x "%g"
set xrange [7:4500]
set xlabel "number of draws N"
set yrange [-0.5:0.05]
set ylabel "mean Ĥ - H(P)   (nats)"
set key bottom right
plot 0 with lines lc rgb "#999999" dt 3 notitle, \
     curve using 1:2 with lines ls 2 dt 2 title "-(m - 1)/(2N), m = 10", \
     data using 1:2:(2*$3) with yerrorbars ls 1 pt 7 ps 0.7 title "plug-in Ĥ (± 2 SE)", \
     data using ($1*1.08):5:(2*$6) with yerrorbars ls 3 pt 5 ps 0.6 title "Miller-Madow (± 2 SE)"
set yrange [*:*]
set ylabel "N × (mean Ĥ - H(P))   (nats)"
set key bottom left
plot 0 with lines lc rgb "#999999" dt 3 notitle, \
     curve using 1:($1*$2) with lines ls 2 dt 2 title "-(m - 1)/2", \
     data using 1:($1*$2):(2*$1*$3) with yerrorbars ls 1 pt 7 ps 0.7 title "plug-in Ĥ", \
     data using ($1*1.08):($1*$5):(2*$1*$6) with yerrorbars ls 3 pt 5 ps 0.6 title "Miller-Madow"
unset multiplot
