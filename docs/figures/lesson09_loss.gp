# Lesson 09: the training loss of the softmax classifier per gradient-descent step, as the lesson
# computes it (09_classification_loss --data: 09_loss_curve.csv, columns step, loss, in nats). It starts
# at ln 3 = 1.098612 nats: with all weights 0 the model predicts (1/3, 1/3, 1/3).
load srcdir."/style.gp"
set xlabel "gradient-descent step"
set ylabel "mean cross-entropy loss (nats)"
set yrange [0:1.2]
set key center right
set arrow 1 from graph 0, first log(3) to graph 1, first log(3) nohead dt 2 lc rgb "#888888"
set label 1 "ln 3 = 1.098612: the uniform guess (1/3, 1/3, 1/3)" at graph 0.12, first log(3)+0.04
plot datadir."/09_classification_loss/09_loss_curve.csv" using 1:2 with lines ls 1 title "training loss L(θ)"
