/**
 * The camera, on the visitor's click only: frames are read in this page and go nowhere. It
 * stops when a code is read, on the stop button, and when the page is hidden or left.
 */

export interface CameraScan {
  stop(): void;
}

/** Frames at most this wide are decoded: enough for a pack's DataMatrix, and quick. */
const MAX_WIDTH = 1280;
const FRAME_INTERVAL_MS = 150;

/**
 * Starts the rear camera in `video` and passes frames to `read` until it returns true (a code
 * was read) or `stop()` is called. Rejects when the camera is refused or missing.
 */
export async function startCamera(video: HTMLVideoElement, read: (frame: ImageData) => Promise<boolean>): Promise<CameraScan> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
    video.hidden = true;
  };
  video.srcObject = stream;
  video.hidden = false;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const tick = async () => {
    if (stopped || !context) return;
    if (video.videoWidth > 0) {
      const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      if (await read(context.getImageData(0, 0, canvas.width, canvas.height))) {
        stop();
        return;
      }
    }
    if (!stopped) setTimeout(tick, FRAME_INTERVAL_MS);
  };
  // Returned at once, so that leaving the page while the video starts stops it too.
  video.play().then(tick, stop);
  return { stop };
}

/** The pixels of a picked photo, at most MAX_WIDTH × 2 wide (a photo of a small code needs its detail). */
export async function imageDataOf(file: File): Promise<ImageData> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, (MAX_WIDTH * 2) / bitmap.width);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2D indisponible');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
