import type { ReactNode } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Phone numbers as published ("0297 3 866 888") dial without their spaces. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function ContactLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A div, not a paragraph: a description list may group a term with its value only in a div.
    <Text size="sm" component="div">
      <Text span fw={600} component="dt" display="inline">
        {label}:{' '}
      </Text>
      <Text span component="dd" display="inline" m={0}>
        {children}
      </Text>
    </Text>
  );
}

export interface PlaceContactProps {
  place: { address: string; phone?: string | null; openingHours: string };
}

/** Where a one-stop place is, its phone and when it is open, as a description list. */
export function PlaceContact({ place }: PlaceContactProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="dl" m={0}>
      <ContactLine label={t('places.address')}>{place.address}</ContactLine>
      {place.phone && (
        <ContactLine label={t('places.phone')}>
          <Anchor href={telHref(place.phone)}>{place.phone}</Anchor>
        </ContactLine>
      )}
      <ContactLine label={t('places.openingHours')}>{place.openingHours}</ContactLine>
    </Stack>
  );
}
