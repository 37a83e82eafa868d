import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeAttribute, resizeScript } from '@/lib/embed/snippet';

describe('embedSnippet', () => {
  it('is a responsive iframe with a title and lazy loading, attributes escaped', () => {
    const html = embedSnippet({ src: 'https://a.example/embed?region=RU-KRS&feed=on', title: 'Map "x" <y>', height: 560, embedOrigin: 'https://a.example', resize: false });
    expect(html).toBe(
      '<iframe src="https://a.example/embed?region=RU-KRS&amp;feed=on" title="Map &quot;x&quot; &lt;y&gt;" style="width:100%;border:0;" height="560" loading="lazy" allow="fullscreen"></iframe>',
    );
  });

  it('adds the resize script when asked, checking the origin and event.source', () => {
    const html = embedSnippet({ src: 'https://a.example/embed', title: 't', height: 500, embedOrigin: 'https://a.example', resize: true });
    const script = html.split('\n')[1] ?? '';
    expect(script).toBe(resizeScript('https://a.example'));
    expect(script).toContain('e.origin!=="https://a.example"');
    expect(script).toContain('contentWindow===e.source');
    expect(script).toContain('datawrapper-height');
  });

  it('cannot be broken out of by the origin text', () => {
    expect(resizeScript('https://a.example</script><script>alert(1)')).not.toContain('</script><script>');
    expect(escapeAttribute('&"<>')).toBe('&amp;&quot;&lt;&gt;');
  });
});
