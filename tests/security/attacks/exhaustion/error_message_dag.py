# attack: an uncaught exception whose message is a DAG: the host computes str(exc) after the run
# limits: max_duration=0.5 max_memory=100000000
x = [1]
for i in range(40):
    x = [x, x]
raise ValueError(x)
