//! Where a new runtime container goes: on a reachable, non-draining host that stays within its
//! container count, CPU and memory with it, preferring the least loaded host (upstream picks at
//! random and uses strict `<`, so a host sized for exactly N containers fits N−1; here it fits N).

/// A host's capacity and what its containers use now.
#[derive(Clone, Debug, PartialEq)]
pub struct HostLoad {
    pub host_id: i64,
    pub usable: bool,
    pub max_containers: i64,
    /// CPUs; a container's CPU limit is in milliseconds per 100 ms (100 = one CPU).
    pub cpu_count: i64,
    pub memory_size: i64,
    pub containers: i64,
    pub cpu_used: i64,
    pub memory_used: i64,
}

/// What a host's containers hold: their count, CPU and memory (as `HostLoad` counts them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Held {
    pub containers: i64,
    pub cpu: i64,
    pub memory: i64,
}

impl HostLoad {
    pub fn held(&self) -> Held {
        Held {
            containers: self.containers,
            cpu: self.cpu_used,
            memory: self.memory_used,
        }
    }

    fn fits(&self, cpu: i64, memory: i64) -> bool {
        self.usable
            && self.containers < self.max_containers
            && self.cpu_used + cpu <= self.cpu_count * 100
            && self.memory_used + memory <= self.memory_size
    }

    /// The fullest of the three resources after placing the container, 0.0 ..= 1.0.
    fn load_with(&self, cpu: i64, memory: i64) -> f64 {
        let ratio = |used: i64, total: i64| used as f64 / total.max(1) as f64;
        ratio(self.containers + 1, self.max_containers)
            .max(ratio(self.cpu_used + cpu, self.cpu_count * 100))
            .max(ratio(self.memory_used + memory, self.memory_size))
    }
}

/// The host for a container of `cpu` (ms per 100 ms) and `memory` (MB), if any has room.
pub fn choose(hosts: &[HostLoad], cpu: i64, memory: i64) -> Option<i64> {
    hosts
        .iter()
        .filter(|h| h.fits(cpu, memory))
        .min_by(|a, b| {
            a.load_with(cpu, memory)
                .total_cmp(&b.load_with(cpu, memory))
                .then(a.host_id.cmp(&b.host_id))
        })
        .map(|h| h.host_id)
}

/// Why no host takes a container of `cpu` and `memory`: per host, what is short.
pub fn shortage(hosts: &[HostLoad], cpu: i64, memory: i64) -> String {
    if hosts.is_empty() {
        return "the pool has no Docker host (`omgctl admin create-pool-host`)".to_owned();
    }
    let per_host: Vec<String> = hosts
        .iter()
        .map(|h| {
            let mut short = Vec::new();
            if !h.usable {
                short.push("unreachable or draining".to_owned());
            }
            if h.containers >= h.max_containers {
                short.push(format!("containers {}/{}", h.containers, h.max_containers));
            }
            if h.cpu_used + cpu > h.cpu_count * 100 {
                short.push(format!(
                    "CPU {}/{} used, {cpu} needed",
                    h.cpu_used,
                    h.cpu_count * 100
                ));
            }
            if h.memory_used + memory > h.memory_size {
                short.push(format!(
                    "memory {}/{} MB used, {memory} MB needed",
                    h.memory_used, h.memory_size
                ));
            }
            format!("host {}: {}", h.host_id, short.join(", "))
        })
        .collect();
    format!(
        "no pool host has room for a runtime ({cpu} ms CPU per 100 ms, {memory} MB): {}",
        per_host.join("; ")
    )
}

/// The hosts whose containers hold less of any resource `now` than they did when a placement
/// found no room (`then`, by host id): room was freed there. Hosts in only one of the two are
/// not counted (a host added comes with its own wake-up).
pub fn freed(then: &std::collections::HashMap<i64, Held>, now: &[HostLoad]) -> Vec<i64> {
    now.iter()
        .filter(|l| {
            then.get(&l.host_id).is_some_and(|was| {
                let is = l.held();
                is.containers < was.containers || is.cpu < was.cpu || is.memory < was.memory
            })
        })
        .map(|l| l.host_id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(host_id: i64, containers: i64) -> HostLoad {
        HostLoad {
            host_id,
            usable: true,
            max_containers: 4,
            cpu_count: 2,
            memory_size: 2048,
            containers,
            cpu_used: containers * 50,
            memory_used: containers * 512,
        }
    }

    #[test]
    fn the_shortage_names_each_short_resource() {
        let mut full = host(1, 4);
        full.cpu_used = 0;
        let why = shortage(&[full], 50, 512);
        assert!(why.contains("host 1: containers 4/4"), "{why}");
        assert!(
            why.contains("memory 2048/2048 MB used, 512 MB needed"),
            "{why}"
        );
        assert!(!why.contains("CPU 0/200"), "{why}");
        let mut down = host(2, 0);
        down.usable = false;
        assert!(shortage(&[down], 50, 512).contains("host 2: unreachable or draining"));
        assert!(shortage(&[], 50, 512).contains("no Docker host"));
    }

    #[test]
    fn least_loaded_host_wins() {
        assert_eq!(choose(&[host(1, 2), host(2, 1)], 50, 512), Some(2));
        assert_eq!(choose(&[host(1, 1), host(2, 1)], 50, 512), Some(1));
    }

    #[test]
    fn a_host_fits_exactly_its_capacity() {
        // 4 × 512 MB = 2048 MB: the fourth container still fits, a fifth does not.
        assert_eq!(choose(&[host(1, 3)], 50, 512), Some(1));
        assert_eq!(choose(&[host(1, 4)], 50, 512), None);
    }

    #[test]
    fn each_limit_is_respected() {
        let mut h = host(1, 0);
        h.cpu_used = 160;
        assert_eq!(choose(&[h.clone()], 50, 1), None, "cpu");
        h.cpu_used = 0;
        h.memory_used = 2000;
        assert_eq!(choose(&[h.clone()], 1, 100), None, "memory");
        h.memory_used = 0;
        h.containers = 4;
        assert_eq!(choose(&[h], 1, 1), None, "containers");
    }

    #[test]
    fn room_is_freed_where_any_resource_holds_less() {
        let then: std::collections::HashMap<i64, Held> = [
            (1, host(1, 2).held()),
            (2, host(2, 2).held()),
            (3, host(3, 1).held()),
        ]
        .into();
        let mut less_memory = host(2, 2);
        less_memory.memory_used -= 1;
        // Host 1 as it was, host 2 with less memory, host 3 with more, host 4 new.
        let now = [host(1, 2), less_memory, host(3, 2), host(4, 0)];
        assert_eq!(freed(&then, &now), vec![2]);
        assert_eq!(freed(&then, &[host(1, 1), host(3, 0)]), vec![1, 3]);
        assert!(freed(&std::collections::HashMap::new(), &now).is_empty());
    }

    #[test]
    fn unusable_hosts_are_skipped() {
        let mut down = host(1, 0);
        down.usable = false;
        assert_eq!(choose(&[down, host(2, 3)], 50, 512), Some(2));
    }
}
