/**
 * Container creation: 64-hex ids, creation time, an overlay file table of its own, network
 * namespace and address, and the container tags (`image_name:nginx`, ...) of its events.
 */
import { FileTable } from './files';
import type { HostSim } from './host-sim';
import type { Container } from './process';

export interface ContainerSpec {
  image: string;
  tag: string;
  name: string;
  service: string;
  createdNs: number;
}

export function createContainer(h: HostSim, spec: ContainerSpec): Container {
  const id = h.rng.hex(64);
  const serial = ++h.containerSerial;
  const mountId = 1400 + h.index * 211 + ((serial * 37) % 2000);
  const short = spec.image.slice(spec.image.lastIndexOf('/') + 1);
  const container: Container = {
    json: { id, created_at: h.sim.fmt.format(spec.createdNs) },
    ref: { id },
    fs: new FileTable(
      h.sim.fmt,
      0x2000 + h.index * 104729 + serial * 31,
      'container',
      mountId,
      spec.createdNs - 86_400e9 * 9,
    ),
    image: spec.image,
    service: spec.service,
    tags: [
      `container_id:${id}`,
      `image_name:${spec.image}`,
      `short_image:${short}`,
      `image_tag:${spec.tag}`,
      `container_name:${spec.name}`,
    ],
    netns: 4026532200 + h.index * 97 + serial * 3,
    ip: `172.17.0.${2 + (serial % 250)}`,
    mountId,
  };
  h.containers.push(container);
  return container;
}

/** Forgets a stopped container (its processes keep their context). */
export function removeContainer(h: HostSim, container: Container): void {
  const at = h.containers.indexOf(container);
  if (at >= 0) h.containers.splice(at, 1);
}
