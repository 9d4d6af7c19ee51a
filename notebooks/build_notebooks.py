#!/usr/bin/env python3
"""Writes stance_map.ipynb and evaluation.ipynb (nbformat 4) from the cell sources below.

Edit the cells here, run `python3 notebooks/build_notebooks.py`, and commit both the script and the
notebooks: the generator keeps the notebooks free of outputs and execution counts, so diffs show
only code changes. Needs nothing beyond the Python standard library.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIND_INPUTS = '''import json
import os
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def project_root():
    """The Stancemap checkout: the first directory upwards that holds pom.xml."""
    for d in [Path.cwd(), *Path.cwd().parents]:
        if (d / "pom.xml").exists():
            return d
    return Path.cwd()


ROOT = project_root()
INPUTS = ROOT / "target" / "notebook-inputs"
'''


def md(text):
    return {"cell_type": "markdown", "metadata": {}, "source": text.strip("\n").splitlines(keepends=True)}


def code(text):
    return {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
            "source": text.strip("\n").splitlines(keepends=True)}


def notebook(cells):
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
            "language_info": {"name": "python"},
        },
        "cells": [dict(c, id=f"cell-{i}") for i, c in enumerate(cells)],
    }


STANCE_MAP = [
    md('''
# Stance map of classified abstracts

This notebook shows how the stances of a set of abstracts shift over the publication years, which
venues lean which way, how prevalent each topic is and which topics carry which stance, and which
abstracts the model is least sure of. It reads the JSONL written by `stancemap classify` and the
`report.json` written by `stancemap report`.

Inputs (environment variables, defaults under `target/notebook-inputs/`, which `notebooks/run.sh`
fills from the seed corpus): `STANCEMAP_RESULTS` (classify JSONL) and `STANCEMAP_MAP`
(`report.json` of `stancemap report`).
'''),
    code(FIND_INPUTS + '''
RESULTS = Path(os.environ.get("STANCEMAP_RESULTS", INPUTS / "classified.jsonl"))
MAP = Path(os.environ.get("STANCEMAP_MAP", INPUTS / "map" / "report.json"))

records = pd.read_json(RESULTS, lines=True)
with open(MAP, encoding="utf-8") as f:
    stance_map = json.load(f)
labels = list(records.loc[0, "probabilities"].keys())
distinct = records[records.get("duplicate_of", pd.Series([None] * len(records))).isna()].copy()
distinct["year"] = pd.to_numeric(distinct["published"].astype("string").str[:4], errors="coerce").astype("Int64")
print(f"{len(records)} records ({len(records) - len(distinct)} duplicates left out), labels: {labels}")
'''),
    md('''
## Stance by publication year

Share of abstracts per predicted stance in each publication year; the numbers above the bars are
the abstracts of that year, so that a year of two abstracts is not read like one of two hundred.
'''),
    code('''
by_year = distinct.dropna(subset=["year"]).groupby(["year", "label"]).size().unstack(fill_value=0)
by_year = by_year.reindex(columns=labels, fill_value=0)
shares = by_year.div(by_year.sum(axis=1), axis=0)
ax = shares.plot(kind="bar", stacked=True, figsize=(9, 4), width=0.8, colormap="tab10")
for i, n in enumerate(by_year.sum(axis=1)):
    ax.text(i, 1.01, str(n), ha="center", va="bottom", fontsize=8)
ax.set_ylabel("share of abstracts")
ax.set_xlabel("publication year")
ax.set_ylim(0, 1.1)
ax.legend(loc="center left", bbox_to_anchor=(1, 0.5), fontsize=8)
plt.tight_layout()
plt.show()
by_year
'''),
    md('''
## Stance by venue

Stance mix of the venues with most abstracts, as `stancemap report` pooled them (the rest are in
"other venues", records without a venue in "no venue").
'''),
    code('''
venues = pd.DataFrame([{"venue": g["key"], **g["counts"]} for g in stance_map["shares"]["byVenue"]]).set_index("venue")
venue_shares = venues.div(venues.sum(axis=1), axis=0)
ax = venue_shares[labels].plot(kind="barh", stacked=True, figsize=(9, 0.35 * len(venues) + 1.5), colormap="tab10")
ax.invert_yaxis()
ax.set_xlabel("share of abstracts")
ax.legend(loc="center left", bbox_to_anchor=(1, 0.5), fontsize=8)
plt.tight_layout()
plt.show()
venues.assign(n=venues.sum(axis=1))
'''),
    md('''
## Topic prevalence

How much of the corpus each topic holds: the summed topic weight over the abstracts (each record
lists its main topics). Results from a model without a topic model carry no topics; the cell then
says so and draws nothing.
'''),
    code('''
rows = []
for _, r in distinct.iterrows():
    topics = r.get("topics")
    if isinstance(topics, list):
        for t in topics:
            rows.append({"topic": t.get("label") or f"topic {t['topic']}", "weight": t["weight"],
                         **{s: t["weight"] * r["probabilities"][s] for s in labels}})
topic_rows = pd.DataFrame(rows)
if topic_rows.empty:
    print("These results carry no topics: classify with a model that has a topic model to see topic views.")
else:
    prevalence = topic_rows.groupby("topic")["weight"].sum().sort_values(ascending=False)
    ax = (prevalence / prevalence.sum()).plot(kind="bar", figsize=(9, 3.5), color="#0072B2")
    ax.set_ylabel("share of topic mass")
    plt.tight_layout()
    plt.show()
'''),
    md('''
## Topic x stance

For each topic, its stance mix: topic weight times stance probability, summed over abstracts and
divided by the topic's mass (each row sums to 1).
'''),
    code('''
if topic_rows.empty:
    print("No topics in these results.")
else:
    table = topic_rows.groupby("topic")[labels].sum()
    mix = table.div(table.sum(axis=1), axis=0)
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(mix) + 1.5))
    im = ax.imshow(mix.values, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_yticks(range(len(mix)), mix.index)
    for i in range(mix.shape[0]):
        for j in range(mix.shape[1]):
            ax.text(j, i, f"{mix.values[i, j]:.0%}", ha="center", va="center",
                    color="white" if mix.values[i, j] > 0.55 else "black", fontsize=8)
    fig.colorbar(im, ax=ax, label="share of the topic")
    plt.tight_layout()
    plt.show()
'''),
    md('''
## Abstracts to label next

The abstracts the model is least sure of, most informative first, as `stancemap report` ranked them
(`stancemap label-next` writes the same list as a CSV file to fill in).
'''),
    code('''
pd.DataFrame([{"rank": c["rank"], "id": c["record"]["id"], "predicted": c["record"]["label"],
               "confidence": round(c["record"]["confidence"], 3), "margin": round(c["margin"], 3),
               "entropy": round(c["entropy"], 3), "reason": c["reason"]} for c in stance_map["labelNext"]])
'''),
]

EVALUATION = [
    md('''
# Evaluation of the stance models

This notebook shows how well each evaluated stance model predicts the gold stance, beside the
majority-class baseline: the metrics with bootstrap intervals, the confusion matrix, per-class
precision, recall and F1, calibration (reliability diagram and ECE) and, when present, the
learning curve. It reads the JSON written by `stancemap evaluate --json` (cross-validation with
one or several heads, or a held-out evaluation).

Input (environment variable, default under `target/notebook-inputs/`, which `notebooks/run.sh`
fills from the seed corpus): `STANCEMAP_EVALUATION`.
'''),
    code(FIND_INPUTS + '''
EVALUATION = Path(os.environ.get("STANCEMAP_EVALUATION", INPUTS / "evaluation.json"))
with open(EVALUATION, encoding="utf-8") as f:
    evaluation = json.load(f)

# the three shapes evaluate --json writes: several cross-validation results, one, or a held-out evaluation
if "results" in evaluation:
    models = [{"name": r["head"], **r} for r in evaluation["results"]]
elif "result" in evaluation:
    models = [{"name": evaluation["result"]["head"], **evaluation["result"]}]
else:
    models = [{"name": evaluation.get("model", "model"), **evaluation}]
labels = models[0]["metrics"]["labels"]
print(f"{evaluation.get('mode')}: {len(models)} model(s), labels {labels}")
'''),
    md('''
## Metrics

Accuracy and macro-F1 with their 95% bootstrap intervals (resampling works), log loss, Brier score
and expected calibration error, each model beside its majority baseline.
'''),
    code('''
def row(name, m, acc=None, f1=None):
    return {"model": name, "n": m["n"], "accuracy": m["accuracy"],
            "accuracy 95%": f"[{acc['lower']:.3f}, {acc['upper']:.3f}]" if acc else "",
            "macro-F1": m["macroF1"], "macro-F1 95%": f"[{f1['lower']:.3f}, {f1['upper']:.3f}]" if f1 else "",
            "log loss": m["logLoss"], "Brier": m["brier"], "ECE": m["ece"]}

table = []
for m in models:
    table.append(row(m["name"], m["metrics"], m.get("accuracyCi"), m.get("macroF1Ci")))
    if m.get("baseline"):
        table.append(row(f"majority ({m['name']})", m["baseline"]))
pd.DataFrame(table).set_index("model").round(3)
'''),
    md('''
## Confusion matrix

Rows are gold stances, columns predicted ones; the shade is the share of the row (recall on the
diagonal).
'''),
    code('''
fig, axes = plt.subplots(1, len(models), figsize=(5.5 * len(models), 4.5), squeeze=False)
for ax, m in zip(axes[0], models):
    c = np.array(m["metrics"]["confusion"], dtype=float)
    shade = c / np.maximum(c.sum(axis=1, keepdims=True), 1)
    ax.imshow(shade, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(m["name"])
    for i in range(len(labels)):
        for j in range(len(labels)):
            ax.text(j, i, int(c[i, j]), ha="center", va="center", color="white" if shade[i, j] > 0.55 else "black")
plt.tight_layout()
plt.show()
'''),
    md('''
## Precision, recall and F1 by class

One group of bars per stance; a class the model never predicts has precision 0.
'''),
    code('''
for m in models:
    per_class = pd.DataFrame(m["metrics"]["perClass"]).set_index("label")
    ax = per_class[["precision", "recall", "f1"]].plot(kind="bar", figsize=(8, 3.5), ylim=(0, 1.05), rot=20)
    ax.set_title(m["name"])
    plt.tight_layout()
    plt.show()
per_class
'''),
    md('''
## Calibration

Reliability diagram: accuracy of the records in each confidence bin against the diagonal of perfect
calibration, with the expected calibration error (ECE) in the title.
'''),
    code('''
fig, axes = plt.subplots(1, len(models), figsize=(4.5 * len(models), 4.2), squeeze=False)
for ax, m in zip(axes[0], models):
    bins = pd.DataFrame(m["metrics"]["reliability"])
    filled = bins[bins["count"] > 0]
    ax.bar(filled["lower"], filled["accuracy"], width=filled["upper"] - filled["lower"], align="edge",
           edgecolor="white", label="accuracy")
    ax.plot(filled["meanConfidence"], filled["meanConfidence"], "o", color="#E69F00", label="mean confidence")
    ax.plot([0, 1], [0, 1], "--", color="grey")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence")
    ax.set_ylabel("accuracy")
    ax.set_title(f"{m['name']}: ECE {m['metrics']['ece']:.3f}")
    ax.legend(loc="upper left", fontsize=8)
plt.tight_layout()
plt.show()
'''),
    md('''
## Learning curve

Macro-F1 and accuracy by training-set size (mean over repeats, band of one standard deviation),
when the evaluation ran one; otherwise the cell says so.
'''),
    code('''
curve = pd.DataFrame(evaluation.get("learningCurve", []))
if curve.empty:
    print("No learning curve in this evaluation.")
else:
    fig, ax = plt.subplots(figsize=(7, 4))
    for col, sd in [("meanMacroF1", "sdMacroF1"), ("meanAccuracy", "sdAccuracy")]:
        ax.plot(curve["meanTrainingSize"], curve[col], "o-", label=col.replace("mean", ""))
        ax.fill_between(curve["meanTrainingSize"], curve[col] - curve[sd], curve[col] + curve[sd], alpha=0.2)
    ax.set_xlabel("training records per fold (mean)")
    ax.set_ylim(0, 1)
    ax.legend()
    plt.tight_layout()
    plt.show()
'''),
]


def main():
    for name, cells in [("stance_map.ipynb", STANCE_MAP), ("evaluation.ipynb", EVALUATION)]:
        text = json.dumps(notebook(cells), indent=1, ensure_ascii=False) + "\n"
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"wrote notebooks/{name}")


if __name__ == "__main__":
    main()
