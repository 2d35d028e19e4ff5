import '@/components/styles.css';
import '@/components/popup.css';
import { mountPage } from '@/utils/ui/mount';
import { App } from './app';

void mountPage(App);
