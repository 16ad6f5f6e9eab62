scores = {"math": 91, "art": 78, "history": 85}
for subject, score in scores.items():
    print(f"{subject:>8}: {'#' * (score // 10)}")
best_subject, best_score = max(scores.items(), key=lambda kv: kv[1])
print(best_subject, best_score)
for index, (subject, score) in enumerate(sorted(scores.items()), start=1):
    print(index, subject, score)
(low_subject, _), *_ = sorted(scores.items(), key=lambda kv: kv[1])
low_subject
