/** Whether this browser can draw the WebGL map; without it the SVG map stays. */
export function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
