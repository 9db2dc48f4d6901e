/**
 * Makes sure PostgreSQL and Redis are installed before the team server's
 * tests start their own throwaway servers (see ./services.ts). On Debian or
 * Ubuntu as root it installs them; anywhere else it says what to install.
 */

import { ensureServices } from '../../../scripts/ensure-services.js';

export default function setup(): void {
	ensureServices();
}
