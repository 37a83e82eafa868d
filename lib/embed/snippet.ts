/**
 * The HTML a site owner pastes to embed the map: a responsive iframe (full width, a starting height, `title`,
 * `loading="lazy"`), and optionally a tiny script that sets the iframe's height from the embed's height message,
 * accepting it only from that iframe's window (`event.source`) and the embed's origin.
 */

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface IframeSpec {
  src: string;
  title: string;
  /** Pixels; the resize script (or the host) changes it later. */
  height: number;
  /** Pixels, or null for the container's full width. */
  width: number | null;
}

/** `<iframe ...></iframe>` with its attributes escaped. */
export function iframeHtml({ src, title, height, width }: IframeSpec): string {
  const size = width === null ? `style="width:100%;border:0;" height="${height}"` : `width="${width}" height="${height}" style="border:0;max-width:100%;"`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ${size} loading="lazy" allow="fullscreen"></iframe>`;
}

/**
 * The resize script: the Datawrapper form of the height message, from the embed's origin only, applied to the one
 * iframe whose window sent it. JSON.stringify writes the origin as a script string; `<` is escaped so the text can
 * never close the script element.
 */
export function resizeScript(embedOrigin: string): string {
  const origin = JSON.stringify(embedOrigin).replace(/</g, '\\u003c');
  return (
    '<script>window.addEventListener("message",function(e){' +
    `if(e.origin!==${origin})return;` +
    'var h=e.data&&e.data["datawrapper-height"];if(!h||typeof h!=="object")return;' +
    'var f=document.getElementsByTagName("iframe");' +
    'for(var i=0;i<f.length;i++){if(f[i].contentWindow===e.source){' +
    'for(var k in h){var v=Number(h[k]);if(v>0&&v<10000)f[i].style.height=v+"px";}}}});</script>'
  );
}

/** The full snippet: the iframe, then the script when wanted. */
export function embedSnippet(spec: Omit<IframeSpec, 'width'> & { embedOrigin: string; resize: boolean }): string {
  const iframe = iframeHtml({ src: spec.src, title: spec.title, height: spec.height, width: null });
  return spec.resize ? `${iframe}\n${resizeScript(spec.embedOrigin)}` : iframe;
}
