from dataclasses import dataclass
from enum import Enum


class Op(Enum):
    ADD = "+"
    MUL = "*"


@dataclass
class Num:
    value: int


@dataclass
class BinOp:
    op: Op
    left: object
    right: object


def evaluate(node):
    match node:
        case Num(value=v):
            return v
        case BinOp(Op.ADD, left, right):
            return evaluate(left) + evaluate(right)
        case BinOp(op=Op.MUL, left=Num(0)) | BinOp(op=Op.MUL, right=Num(0)):
            return 0
        case BinOp(Op.MUL, left, right):
            return evaluate(left) * evaluate(right)


expr = BinOp(Op.ADD, Num(2), BinOp(Op.MUL, Num(3), Num(4)))
print(evaluate(expr), Num.__match_args__)
print(evaluate(BinOp(Op.MUL, Num(0), BinOp(Op.ADD, Num(1), Num(1)))))
evaluate(BinOp(Op.MUL, Num(5), Num(6)))
