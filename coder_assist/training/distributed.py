"""One process or many: DistributedDataParallel when started by ``torchrun`` (RANK and WORLD_SIZE set).

gloo on CPU, nccl on GPU, one GPU per process (LOCAL_RANK). Only rank 0 writes files; every rank runs the
same validation, so early-stopping decisions agree without any extra communication.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist

from coder_assist.errors import UserError


@dataclass(frozen=True)
class Processes:
    """Where this process stands among the training processes, and the device it uses."""

    rank: int
    world_size: int
    local_rank: int
    device: torch.device

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        return self.world_size > 1


def resolve_device(setting: str, local_rank: int = 0) -> torch.device:
    """``auto`` -> this process's GPU when CUDA is available, else the CPU; otherwise the named device."""
    if setting == "auto":
        return torch.device(f"cuda:{local_rank}") if torch.cuda.is_available() else torch.device("cpu")
    try:
        device = torch.device(setting)
    except RuntimeError:
        raise UserError(f"unknown device {setting!r}; use auto, cpu, cuda or cuda:N") from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise UserError(f"device {setting!r} was asked for, but this torch sees no CUDA GPU")
    if device.type == "cuda" and device.index is None:
        device = torch.device(f"cuda:{local_rank}")
    return device


def start(device_setting: str) -> Processes:
    """Join the process group when launched by torchrun; a plain single process otherwise."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1 or "RANK" not in os.environ:
        return Processes(0, 1, 0, resolve_device(device_setting))
    rank = int(os.environ["RANK"])
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    device = resolve_device(device_setting, local_rank)
    if device.type == "cuda":
        torch.cuda.set_device(device)
    if not dist.is_initialized():
        dist.init_process_group(backend="nccl" if device.type == "cuda" else "gloo")
    return Processes(rank, world_size, local_rank, device)


def barrier(processes: Processes) -> None:
    if processes.distributed:
        dist.barrier()


def stop(processes: Processes) -> None:
    if processes.distributed and dist.is_initialized():
        dist.destroy_process_group()
