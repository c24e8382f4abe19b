// One heading and one paragraph, nothing else: no client component, no data.
export default function Page() {
  return (
    <main>
      <h1>모아</h1>
      <p>공연을 같이 보고, 티켓을 모으고, 동네에서 같이 시켜 먹어요. This page is the floor of the phone benchmark.</p>
    </main>
  );
}
