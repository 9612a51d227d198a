# Lesson 01: the surprisal S(p) = -log2 p of an event of probability p, computed by infocalc
# (derive.cmake: infocalc surprisal p --base 2 --json), with the lesson's coin outcomes marked.
load srcdir."/style.gp"
set xlabel "probability p of the event"
set ylabel "surprisal S(p) = -log_2 p   (bits)"
set xrange [0:1]
set yrange [0:5.5]
set key top right
# The lesson's worked examples: a fair coin (1 bit), the biased coin's heads and tails.
set label 1 "fair coin: 1 bit" at 0.5,1 point pt 7 ps 1.2 lc rgb "#d62728" offset 1,0.8
set label 2 "P(H) = 0.9: 0.152 bits" at 0.9,0.152003 point pt 7 ps 1.2 lc rgb "#d62728" offset -7,1.2
set label 3 "P(T) = 0.1: 3.32 bits" at 0.1,3.321928 point pt 7 ps 1.2 lc rgb "#d62728" offset 1,0.6
plot datadir."/infocalc/surprisal.csv" using 1:2 with lines ls 1 title "S(p) = -log_2 p"
