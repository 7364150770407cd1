import { describe, expect, it } from 'vitest';
import { foreignLanguageOf } from './document-language.js';

describe('the language of a document', () => {
  it('is English for English stories, however short or terse', () => {
    expect(foreignLanguageOf('As a shopper, I want to filter orders by date so that I find last week’s order.')).toBe(
      undefined,
    );
    expect(foreignLanguageOf('# Checkout\n\n- [ ] Pay by card\n- [ ] Pay by PayPal\n')).toBe(undefined);
    expect(foreignLanguageOf('')).toBe(undefined);
  });

  it('stays English with foreign names, quotes and code in it', () => {
    const text = [
      '## Export for Le Monde',
      '',
      'As an editor at Le Monde, I want the export to keep "Les articles de la semaine" as written,',
      'so that our French readers see the titles they know.',
      '',
      '```js',
      'const titre = "le titre de la page est très long pour une page";',
      '```',
    ].join('\n');
    expect(foreignLanguageOf(text)).toBe(undefined);
  });

  it('stays English when it quotes a message in another language, as a story of a Dutch product does', () => {
    const text = [
      '# Warn before removing the inway',
      '',
      '**As a** user **I want** to see a warning when removing the inway **so** I know what goes wrong.',
      '',
      '1. In settings, when resetting the inway, show the warning:',
      '   "Bij het verwijderen van de inway kunnen huidige verzoeken ' +
        'niet meer worden afgehandeld en kan je geen nieuwe"',
    ].join('\n');
    expect(foreignLanguageOf(text)).toBe(undefined);
  });

  it('names the language when only the template is English (**As a** … **I want** …, Given / When / Then)', () => {
    const text = [
      '**As a** orang tua  ',
      '**I want** menerima notifikasi jika anak saya tidak hadir  ',
      '**So that** saya segera tahu dan bisa menghubungi sekolah',
      '',
      '**Given** guru sudah input absensi **When** guru simpan absensi **Then** sistem kirim pesan ke orang tua',
    ].join('\n');
    expect(foreignLanguageOf(text)).toBe('Indonesian');
  });

  it('names the language of a story written in another one, even on one line', () => {
    expect(
      foreignLanguageOf('En tant que client, je veux filtrer les commandes par date afin de retrouver une commande.'),
    ).toBe('French');
    expect(
      foreignLanguageOf('Como cliente, quiero filtrar los pedidos por fecha para encontrar el pedido de ayer.'),
    ).toBe('Spanish');
    expect(foreignLanguageOf('Als Kunde möchte ich die Bestellungen nach Datum filtern, damit ich sie finde.')).toBe(
      'German',
    );
    expect(
      foreignLanguageOf('Jako klient chcę filtrować zamówienia, aby znaleźć zamówienie, które jest na liście.'),
    ).toBe('Polish');
    expect(
      foreignLanguageOf(
        'Müşteri olarak siparişleri tarihe göre süzmek istiyorum, böylece bir siparişi daha hızlı bulurum.',
      ),
    ).toBe('Turkish');
    expect(foreignLanguageOf('Als klant wil ik de bestellingen op datum filteren, zodat ik een bestelling vind.')).toBe(
      'Dutch',
    );
  });

  it('reads the prose, not the English of a template or of comments around it', () => {
    const text = [
      '# Revoke access',
      '',
      '<!-- Describe the problem and the proposed solution in English, please, with the steps to reproduce. -->',
      '',
      '## Description',
      '',
      'Een opdracht kan maar door één partij ingetrokken worden. Het intrekken gebeurt lokaal en direct,',
      'en via de scheduler gaat het naar de andere kant. Een ingetrokken opdracht ziet er anders uit.',
    ].join('\n');
    expect(foreignLanguageOf(text)).toBe('Dutch');
  });

  it('names it too when the team writes in it with English technical words mixed in', () => {
    const vietnamese = [
      '## Acceptance Criteria',
      '',
      '- [ ] Thêm nút "Export" cho mỗi đơn hàng trong bảng',
      '- [ ] Hiển thị thông báo lỗi khi API không trả về dữ liệu',
      '- [ ] Người dùng có thể tải file CSV của các đơn hàng',
      '- [ ] Chuyển về trang chính sau khi export thành công',
    ].join('\n');
    expect(foreignLanguageOf(vietnamese)).toBe('Vietnamese');
    const indonesian =
      'Sebagai admin, saya ingin melihat daftar pesanan yang belum dibayar agar dapat mengirim reminder.';
    expect(foreignLanguageOf(indonesian)).toBe('Indonesian');
    const korean =
      '## 완료 조건 (Acceptance Criteria)\n\n- [ ] API 응답에 `is_filled` 플래그 추가\n- [ ] 누락된 데이터 감지\n';
    expect(foreignLanguageOf(korean)).toBe('a non-Latin script');
  });

  it('is no Latin-script language when much of the text is in another script', () => {
    expect(foreignLanguageOf('作为顾客，我想按日期筛选订单，以便找到上周的订单。')).toBe('a non-Latin script');
    expect(foreignLanguageOf('Как покупатель, я хочу фильтровать заказы по дате.')).toBe('a non-Latin script');
  });
});
