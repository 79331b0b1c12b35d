#!/usr/bin/env bash
# Starts (or stops) private Postfix instances on loopback with chosen TLS settings, so that the
# integration tests can compare mailpath with openssl s_client on servers nobody here wrote.
#   .ci/postfix-instances.sh start BASE_DIR   -> prints NAME=PORT,... (also in BASE_DIR/instances)
#   .ci/postfix-instances.sh stop  BASE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/postfix-head.sh"
action=${1:?start|stop}
base=${2:?base directory}

# name port extra-main.cf-settings (separated by ';')
instances=(
  "modern 2525 smtpd_tls_security_level=may;smtpd_tls_protocols=>=TLSv1.2"
  "nostarttls 2526 smtpd_tls_security_level=none"
  "tls10 2527 smtpd_tls_security_level=may;smtpd_tls_protocols=>=TLSv1, <=TLSv1;smtpd_tls_mandatory_protocols=>=TLSv1, <=TLSv1;tls_medium_cipherlist=DEFAULT:@SECLEVEL=0;tls_high_cipherlist=DEFAULT:@SECLEVEL=0"
  "noems 2528 smtpd_tls_security_level=may;smtpd_tls_protocols=<=TLSv1.2;tls_ssl_options=0x1"
  "debian 2529 smtpd_tls_security_level=may"
)

stop_all() {
  for spec in "${instances[@]}"; do
    read -r name _ <<<"$spec"
    [ -d "$base/$name" ] && script -qc "postfix -c $base/$name stop" /dev/null >/dev/null 2>&1 || true
  done
}

if [ "$action" = stop ]; then
  stop_all
  exit 0
fi

mkdir -p "$base"
stop_all
# One CA and one server certificate for all instances: SAN 127.0.0.1 and localhost.
if [ ! -f "$base/ca.pem" ]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
    -subj "/CN=mailpath CI CA" -keyout "$base/ca.key" -out "$base/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$base/server.key" -out "$base/server.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > "$base/ext.cnf"
  openssl x509 -req -in "$base/server.csr" -CA "$base/ca.pem" -CAkey "$base/ca.key" \
    -CAcreateserial -days 30 -extfile "$base/ext.cnf" -out "$base/server.pem" 2>/dev/null
  chmod 644 "$base/server.key"
fi

summary=()
for spec in "${instances[@]}"; do
  read -r name port settings <<<"$spec"
  dir="$base/$name"
  postfix_head "$dir" "$name.postfix.invalid" "$base"
  cat >> "$dir/main.cf" <<CF
default_transport = discard
relay_transport = discard
smtpd_tls_cert_file = $base/server.pem
smtpd_tls_key_file = $base/server.key
smtpd_tls_CAfile = $base/ca.pem
smtpd_banner = \$myhostname ESMTP
# The server picks the cipher, so that two clients offering different lists (mailpath and
# openssl s_client) get the same answer where they overlap.
tls_preempt_cipherlist = yes
CF
  IFS=';' read -ra kvs <<<"$settings"
  for kv in "${kvs[@]}"; do
    echo "${kv%%=*} = ${kv#*=}" >> "$dir/main.cf"
  done
  { echo "127.0.0.1:$port inet n - n - - smtpd"; grep -v '^#' "$here/postfix-master.cf"; } > "$dir/master.cf"
  script -qc "postfix -c $dir check" /dev/null >/dev/null 2>&1 || true
  if ! script -qc "postfix -c $dir start" /dev/null > "$dir/start.log" 2>&1; then
    cat "$dir/start.log" >&2
    exit 1
  fi
  summary+=("$name=$port")
done

# Wait until every listener answers.
for spec in "${instances[@]}"; do
  read -r name port _ <<<"$spec"
  for _ in $(seq 1 50); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then break; fi
    sleep 0.2
  done
done
line=$(IFS=,; echo "${summary[*]}")
echo "$line" > "$base/instances"
echo "$line"
