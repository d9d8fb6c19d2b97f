//! Shard calculation (wire reference §3.3): CRC-16/ARC of the joined keys, modulo the shard count.

/// CRC-16/ARC: reflected polynomial 0xA001, init 0, no final xor.
pub fn crc16_arc(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for byte in data {
        crc ^= u16::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xA001
            } else {
                crc >> 1
            };
        }
    }
    crc
}

/// The shard owning `keys` (joined with `/`).
pub fn shard_index(keys: &[&str], shard_count: u32) -> u32 {
    u32::from(crc16_arc(keys.join("/").as_bytes())) % shard_count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc16_arc_check_value() {
        assert_eq!(crc16_arc(b"123456789"), 0xBB3D);
        assert_eq!(shard_index(&["123456789"], 0x10000), 0xBB3D);
        assert_eq!(shard_index(&["anything"], 1), 0);
    }
}
