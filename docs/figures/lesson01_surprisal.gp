# Lesson 01: the surprisal S(p) = -log p in the three units, as the lesson computes it
# (01_surprisal --data: 01_surprisal_curve.csv, columns p, bits, nats, bans), with the coins marked.
load srcdir."/style.gp"
set xlabel "probability p of the event"
set ylabel "surprisal S(p) = -log p"
set xrange [0:1]
set yrange [0:5.5]
set key top right
# The lesson's worked examples, in bits: a fair coin, the biased coin's heads and tails.
set label 1 "fair coin: 1 bit" at 0.5,1 point pt 7 ps 1.2 lc rgb "#d62728" offset 1,0.8
set label 2 "P(H) = 0.9: 0.152 bits" at 0.9,0.152003 point pt 7 ps 1.2 lc rgb "#d62728" offset -7,1.2
set label 3 "P(T) = 0.1: 3.32 bits" at 0.1,3.321928 point pt 7 ps 1.2 lc rgb "#d62728" offset 1,0.6
data = datadir."/01_surprisal/01_surprisal_curve.csv"
plot data using 1:2 with lines ls 1 title "bits: -log_2 p", \
     data using 1:3 with lines ls 5 title "nats: -ln p", \
     data using 1:4 with lines ls 3 title "bans: -log_{10} p"
