// The framework's floor for the send benchmark: a POST route handler that parses a JSON
// body and answers JSON, with nothing else (no session, database, middleware or headers).
export async function POST(req) {
  const input = await req.json();
  return Response.json({ message: { clientId: typeof input?.clientId === 'string' ? input.clientId : null } }, { status: 201 });
}
