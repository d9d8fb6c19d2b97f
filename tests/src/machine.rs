//! What the tests and benchmarks read of this machine's processes and CPUs, from `/proc`
//! through the `procfs` crate: a process's state, CPU time and resident memory, and the time
//! the hypervisor stole from this machine.
//!
//! **Steal.** On a virtual machine whose host runs other guests, the hypervisor sometimes runs
//! them on this machine's cores ("steal", the `st` column of `vmstat`, the 8th field of
//! `/proc/stat`'s `cpu` line). While it does, every process here runs slower and, through
//! cold caches and contended locks, uses more CPU time per unit of work. Benchmarks report the
//! steal of each run beside its figures, so that a figure measured under steal is not compared
//! with one measured without (docs/performance.md "Sustained load, and the machine's steal").

use std::ops::AddAssign;
use std::time::Duration;

use procfs::process::Process;
use procfs::CurrentSI;

/// Whether process `pid` still runs: it exists and is not a zombie (state `Z`, proc(5)).
pub fn is_running(pid: i32) -> bool {
    Process::new(pid)
        .and_then(|p| p.stat())
        .is_ok_and(|stat| stat.state != 'Z')
}

/// The PIDs of the processes whose parent is `pid`.
pub fn children_of(pid: i32) -> Vec<i32> {
    processes()
        .filter(|stat| stat.ppid == pid)
        .map(|stat| stat.pid)
        .collect()
}

/// Whether a process of group `pgid` still runs (a zombie waiting for its parent does not).
pub fn group_is_running(pgid: i32) -> bool {
    processes().any(|stat| stat.pgrp == pgid && stat.state != 'Z')
}

/// Every process's `stat` that could be read (processes come and go while they are listed).
fn processes() -> impl Iterator<Item = procfs::process::Stat> {
    procfs::process::all_processes()
        .into_iter()
        .flatten()
        .filter_map(|p| p.ok()?.stat().ok())
}

/// CPU time process `pid` used so far, user and system, all its threads; zero once it is gone.
pub fn cpu_time(pid: u32) -> Duration {
    let Some(stat) = i32::try_from(pid)
        .ok()
        .and_then(|pid| Process::new(pid).ok())
        .and_then(|p| p.stat().ok())
    else {
        return Duration::ZERO;
    };
    ticks_to_duration(stat.utime + stat.stime)
}

/// Resident memory of process `pid` in KiB (`/proc/<pid>/statm`'s resident pages); zero once it
/// is gone.
pub fn rss_kib(pid: u32) -> u64 {
    i32::try_from(pid)
        .ok()
        .and_then(|pid| Process::new(pid).ok())
        .and_then(|p| p.statm().ok())
        .map_or(0, |m| m.resident * procfs::page_size() / 1024)
}

/// Resident memory of this process in KiB; panics when it cannot be read (a check of flat
/// memory must not compare zeros).
pub fn own_rss_kib() -> u64 {
    let kib = rss_kib(std::process::id());
    assert!(kib > 0, "this process's resident memory cannot be read");
    kib
}

/// This process's soft limit of open files (`RLIMIT_NOFILE`); `u64::MAX` when unlimited, 0
/// when unreadable.
pub fn own_open_files_limit() -> u64 {
    match Process::myself().and_then(|p| p.limits()) {
        Ok(limits) => match limits.max_open_files.soft_limit {
            procfs::process::LimitValue::Unlimited => u64::MAX,
            procfs::process::LimitValue::Value(v) => v,
        },
        Err(_) => 0,
    }
}

fn ticks_to_duration(ticks: u64) -> Duration {
    Duration::from_secs_f64(ticks as f64 / procfs::ticks_per_second() as f64)
}

/// The machine's CPU time so far, all cores, in clock ticks (`/proc/stat`'s `cpu` line): the
/// part the hypervisor stole, and the total (every state, idle and steal included). Differences
/// of two readings give a period's steal ([`MachineTicks::since`]); periods add up.
#[derive(Clone, Copy, Debug, Default)]
pub struct MachineTicks {
    pub steal: u64,
    pub total: u64,
}

impl MachineTicks {
    /// The counts now; zero when `/proc/stat` cannot be read (steal then reads 0 %).
    pub fn now() -> MachineTicks {
        let Ok(stats) = procfs::KernelStats::current() else {
            return MachineTicks::default();
        };
        let t = &stats.total;
        let optional = [t.iowait, t.irq, t.softirq, t.steal]
            .into_iter()
            .flatten()
            .sum::<u64>();
        // guest and guest_nice are already counted in user and nice (proc(5)).
        MachineTicks {
            steal: t.steal.unwrap_or(0),
            total: t.user + t.nice + t.system + t.idle + optional,
        }
    }

    /// The ticks counted between `before` and `self`; none when either could not be read.
    pub fn since(self, before: MachineTicks) -> MachineTicks {
        if self.total == 0 || before.total == 0 {
            return MachineTicks::default();
        }
        MachineTicks {
            steal: self.steal.saturating_sub(before.steal),
            total: self.total.saturating_sub(before.total),
        }
    }

    /// The stolen share of the machine's CPU time in the period, in percent (as `vmstat`'s
    /// `st`); 0 for an empty period.
    pub fn steal_percent(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.steal as f64 * 100.0 / self.total as f64
        }
    }
}

impl AddAssign for MachineTicks {
    fn add_assign(&mut self, period: MachineTicks) {
        self.steal += period.steal;
        self.total += period.total;
    }
}
