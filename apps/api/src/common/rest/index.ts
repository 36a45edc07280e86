export { CSRF_HEADER, CsrfGuard } from './csrf.guard.js';
export { AcceptUpload, UPLOAD_MAX_BYTES, incomingUploadsDir, type UploadedTempFile, type UploadOptions } from './upload.js';
export { SignedBody, Webhook, WEBHOOK_KEY } from './webhook.js';
