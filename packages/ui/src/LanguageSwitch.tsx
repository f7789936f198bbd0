import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, supportedLanguages, type Language } from './i18n/setupI18n';

function isLanguage(value: string | undefined): value is Language {
  return supportedLanguages.includes(value as Language);
}

/**
 * VI / EN switch. Sighted users read the short codes; each option's accessible name is the
 * language's own name ("Tiếng Việt", "English"), spoken in that language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;

  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      // A crowded phone header shortens the app's title, never cuts off a language.
      style={{ flexShrink: 0 }}
      value={current}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={supportedLanguages.map((language) => ({
        value: language,
        label: (
          <>
            <span aria-hidden="true">{language.toUpperCase()}</span>
            <VisuallyHidden lang={language}>{t(`language.${language}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
