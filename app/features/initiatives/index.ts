// What other features may use of initiatives in code that can reach the browser (decision 0013). Server code: index.server.ts.
export { IMAGE_UPLOAD_LIMITS } from "./images.ts";
