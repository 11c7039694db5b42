import { describe, expect, it } from 'vitest';
import { uploadContentType } from './photos-api';

const file = (name: string, type: string) => Object.assign(new Blob(['x'], { type }), { name });

describe('the Content-Type an upload is sent with', () => {
  it('is the browser’s, for the types the server takes', () => {
    expect(uploadContentType(new Blob(['x'], { type: 'image/jpeg' }))).toBe('image/jpeg');
    expect(uploadContentType(file('IMG_0001.HEIC', 'image/heic'))).toBe('image/heic');
  });

  it('comes from the extension when the browser gives none (HEIC on many systems)', () => {
    expect(uploadContentType(file('IMG_0001.HEIC', ''))).toBe('image/heic');
    expect(uploadContentType(file('scan.JPG', 'application/octet-stream'))).toBe('image/jpeg');
  });

  it('passes anything else through for the server to refuse by its content', () => {
    expect(uploadContentType(file('leaflet.pdf', 'application/pdf'))).toBe('application/pdf');
    expect(uploadContentType(file('notes', ''))).toBe('application/octet-stream');
  });
});
