# AppArmor profile the .deb installs as /etc/apparmor.d/${executable} (electron-builder's after-install
# script, which also loads it). Ubuntu 23.10 and later refuse unprivileged user namespaces to programs
# without a profile that allows them, and Chromium's sandbox needs one. This profile allows exactly that
# for the installed executable and confines nothing else (the sandbox stays on; it is never disabled).
abi <abi/4.0>,
include <tunables/global>

profile "${executable}" "/opt/${sanitizedProductName}/${executable}" flags=(unconfined) {
  userns,

  # Site-specific additions and overrides. See local/README for details.
  include if exists <local/${executable}>
}
