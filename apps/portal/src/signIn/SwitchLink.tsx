import { Anchor, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { nextParam } from '@motcua/ui';

/**
 * "Chưa có tài khoản? Đăng ký" and back: between the sign-in and sign-up pages, keeping `?next=`
 * so the citizen still ends up on the page they were stopped at.
 */
export function SwitchLink({ question, action, to }: { question: string; action: string; to: string }) {
  const [searchParams] = useSearchParams();
  const next = searchParams.get(nextParam);
  const target = next ? `${to}?${new URLSearchParams({ [nextParam]: next })}` : to;
  return (
    <Text size="sm" ta="center">
      {question}{' '}
      <Anchor component={Link} to={target} fw={600}>
        {action}
      </Anchor>
    </Text>
  );
}
