import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** A procedure's name, linking to its page (/thu-tuc/<code>). */
export function ProcedureLink({ procedure }: { procedure: { code: string; name: string } }) {
  return (
    <Anchor component={Link} to={`/thu-tuc/${encodeURIComponent(procedure.code)}`} inherit>
      {procedure.name}
    </Anchor>
  );
}
