#!/usr/bin/env bash
# Starts (or stops) SOCKS5 servers nobody here wrote, on loopback, for the proxy tests:
# Dante without and with username/password (RFC 1929, a system user), microsocks with -u/-P,
# and an OpenSSH server on 127.0.0.1:2222 that the tests' `ssh -D` logs in to with a generated key.
#   .ci/socks-peers.sh start BASE_DIR   (needs root; writes BASE_DIR/socks.env, KEY=VALUE lines)
#   .ci/socks-peers.sh stop  BASE_DIR
set -euo pipefail
action=${1:?start|stop}
base=${2:?base directory}
user=mailpath-socks
pass=socks-test-password
dante_none=21080
dante_user=21081
micro_user=21082
sshd_port=2222

stop_all() {
  for pid in "$base"/*.pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  rm -f "$base"/*.pid
}

if [ "$action" = stop ]; then
  stop_all
  exit 0
fi

mkdir -p "$base"
chmod 755 "$base"
stop_all

# RFC 1929 for Dante checks the system's passwords: a user that can do nothing but that.
id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
echo "$user:$pass" | chpasswd

dante_conf() { # port method
  cat <<CONF
logoutput: $base/danted-$1.log
internal: 127.0.0.1 port = $1
external: lo
clientmethod: none
socksmethod: $2
user.privileged: root
user.unprivileged: nobody
client pass { from: 127.0.0.0/8 to: 0.0.0.0/0 }
socks pass { from: 127.0.0.0/8 to: 127.0.0.0/8 command: connect }
socks pass { from: 127.0.0.0/8 to: ::1/128 command: connect }
CONF
}
dante_conf "$dante_none" none > "$base/danted-none.conf"
dante_conf "$dante_user" username > "$base/danted-user.conf"
danted -D -f "$base/danted-none.conf" -p "$base/danted-none.pid"
danted -D -f "$base/danted-user.conf" -p "$base/danted-user.pid"

microsocks -i 127.0.0.1 -p "$micro_user" -u "$user" -P "$pass" > "$base/microsocks.log" 2>&1 &
echo $! > "$base/microsocks.pid"

# OpenSSH: its own host key, root logs in with a key made here, forwarding allowed.
rm -f "$base/host_key" "$base/host_key.pub" "$base/id_ed25519" "$base/id_ed25519.pub"
ssh-keygen -q -t ed25519 -N '' -f "$base/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$base/id_ed25519"
cp "$base/id_ed25519.pub" "$base/authorized_keys"
chmod 600 "$base/authorized_keys"
cat > "$base/sshd_config" <<CONF
ListenAddress 127.0.0.1:$sshd_port
HostKey $base/host_key
PidFile $base/sshd.pid
AuthorizedKeysFile $base/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
AllowTcpForwarding yes
PermitOpen any
CONF
mkdir -p /run/sshd
/usr/sbin/sshd -f "$base/sshd_config" -E "$base/sshd.log"
echo "[127.0.0.1]:$sshd_port $(cat "$base/host_key.pub")" > "$base/known_hosts"
cat > "$base/ssh_config" <<CONF
Host *
  IdentityFile $base/id_ed25519
  IdentitiesOnly yes
  UserKnownHostsFile $base/known_hosts
  StrictHostKeyChecking yes
  LogLevel ERROR
CONF

for port in "$dante_none" "$dante_user" "$micro_user" "$sshd_port"; do
  for _ in $(seq 1 50); do
    (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break
    sleep 0.1
  done
  (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null || { echo "nothing listens on 127.0.0.1:$port" >&2; exit 1; }
done

cat > "$base/socks.env" <<ENV
dante=127.0.0.1:$dante_none
dante-auth=127.0.0.1:$dante_user
microsocks-auth=127.0.0.1:$micro_user
user=$user
password=$pass
sshd=root@127.0.0.1:$sshd_port
ssh-config=$base/ssh_config
ENV
echo "SOCKS peers ready in $base"
