import { Anchor } from '@mantine/core';
import { Link, useLocation } from 'react-router';

/** What a procedure page needs to lead back to the search the visitor came from. */
export interface FromSearch {
  search: string;
}

/** A procedure's name, linking to its page (/thu-tuc/<code>), remembering the search it was found by. */
export function ProcedureLink({ procedure }: { procedure: { code: string; name: string } }) {
  const location = useLocation();
  const state: FromSearch = { search: location.search };
  return (
    <Anchor component={Link} to={`/thu-tuc/${encodeURIComponent(procedure.code)}`} state={state} inherit>
      {procedure.name}
    </Anchor>
  );
}
