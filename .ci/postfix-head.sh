# Sourced by the CI scripts that start private Postfix instances (postfix-instances.sh,
# real-senders.sh, dane-peers.sh): what every such instance shares.

# postfix_head DIR MYHOSTNAME LOG_PREFIX: makes DIR/queue and DIR/data and writes the head of
# DIR/main.cf (postconf(5)): the instance's own folders, Debian's programs, loopback IPv4 only, no
# local delivery, its log in DIR/maillog. The caller appends its own settings.
postfix_head() {
  local dir=$1 host=$2 log_prefix=$3
  mkdir -p "$dir/queue" "$dir/data"
  chown -R postfix "$dir/data" 2>/dev/null || true
  cat > "$dir/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $dir/queue
data_directory = $dir/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = $host
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
maillog_file_prefixes = $log_prefix
maillog_file = $dir/maillog
CF
}
