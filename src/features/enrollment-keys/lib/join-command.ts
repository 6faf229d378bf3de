/** The commands a device runs to join with a token, as Netmaker documents them. */
export function netclientJoinCommand(token: string): string {
  return `netclient join -t ${token}`
}

export function dockerJoinCommand(token: string): string {
  return [
    'docker run -d --network host --privileged',
    `-e TOKEN=${token}`,
    '-v /etc/netclient:/etc/netclient',
    '--name netclient gravitl/netclient:latest',
  ].join(' ')
}
