/**
 * A JPEG as cameras write them: the start-of-image marker, then an APP1 segment of XMP text
 * longer than the 8 KB a binary check samples. It is a picture all the same.
 */
export function jpegWithXmp(): Buffer {
  const xmp = `http://ns.adobe.com/xap/1.0/\0<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description dc:title="Парламентът гласува бюджета"/></rdf:RDF></x:xmpmeta>${' '.repeat(9000)}<?xpacket end="w"?>`;
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), Buffer.from(xmp)]);
}
